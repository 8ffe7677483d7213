package cn.street.civil.elderly.homecare;

import java.io.IOException;
import java.io.OutputStream;
import java.time.YearMonth;
import java.util.List;

import cn.street.civil.elderly.roster.ElderlyText;
import cn.street.civil.shared.audit.AuditRecord;
import cn.street.civil.shared.excel.Column;
import cn.street.civil.shared.excel.XlsxExport;
import cn.street.civil.shared.security.CurrentUser;
import cn.street.civil.shared.security.Roles;
import cn.street.civil.shared.web.BusinessRuleException;
import cn.street.civil.shared.web.Downloads;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 月度结算 per provider (street level: the street caseworker prepares, the chief approves; community caseworkers
 * have no access), its Excel sheet and printable A4 sheet; and the monthly statistics (in the user's scope).
 */
@Controller
@RequestMapping("/elderly/home-care")
class SettlementController {

	private final HomeCareService service;

	private final HomeCareQueries queries;

	private final ApplicationEventPublisher events;

	private final ElderlyText text;

	SettlementController(HomeCareService service, HomeCareQueries queries, ApplicationEventPublisher events,
			ElderlyText text) {
		this.service = service;
		this.queries = queries;
		this.events = events;
		this.text = text;
	}

	@GetMapping("/settlements")
	@PreAuthorize(HomeCareRoles.SETTLEMENT_READ)
	String list(Model model) {
		model.addAttribute("settlements", service.settlements());
		model.addAttribute("providers", service.providers());
		model.addAttribute("providerNames", service.providers().stream()
			.collect(java.util.stream.Collectors.toMap(Provider::getId, Provider::getName)));
		model.addAttribute("lastMonth", YearMonth.from(service.today()).minusMonths(1));
		return "elderly/home-care/settlements";
	}

	@PostMapping("/settlements")
	@PreAuthorize(Roles.STREET_PREPARE)
	String prepare(@RequestParam long providerId, @RequestParam String month, @AuthenticationPrincipal CurrentUser user,
			RedirectAttributes flash) {
		Settlement s = service.prepare(providerId, HomeCareService.parseMonth(month, "month"), user);
		flash.addFlashAttribute("success", "homecare.flash.prepared");
		return "redirect:/elderly/home-care/settlements/" + s.getId();
	}

	@GetMapping("/settlements/{id}")
	@PreAuthorize(HomeCareRoles.SETTLEMENT_READ)
	String show(@PathVariable long id, Model model) {
		sheet(service.settlement(id), model);
		return "elderly/home-care/settlement";
	}

	private void sheet(Settlement s, Model model) {
		model.addAttribute("s", s);
		model.addAttribute("provider", service.provider(s.getProviderId()));
		model.addAttribute("lines", queries.settlementLines(s.getId()));
		model.addAttribute("unconfirmed", service.unconfirmed(s.getProviderId(), s.getMonth()));
	}

	@PostMapping("/settlements/{id}/approve")
	@PreAuthorize(Roles.APPROVE)
	String approve(@PathVariable long id, @RequestParam long version, @AuthenticationPrincipal CurrentUser user,
			RedirectAttributes flash) {
		service.approve(id, version, user);
		flash.addFlashAttribute("success", "homecare.flash.approved");
		return "redirect:/elderly/home-care/settlements/" + id;
	}

	@GetMapping("/settlements/{id}/print")
	@PreAuthorize(HomeCareRoles.SETTLEMENT_READ)
	String print(@PathVariable long id, Model model) {
		Settlement s = service.settlement(id);
		sheet(s, model);
		events.publishEvent(AuditRecord.of("elderly", "PRINT", "HomeCareSettlement", id, null,
				text.msg("homecare.audit.settlement.print", service.provider(s.getProviderId()).getName(), s.getMonth())));
		return "elderly/home-care/settlement-print";
	}

	@GetMapping("/settlements/{id}/export")
	@PreAuthorize(HomeCareRoles.SETTLEMENT_READ)
	void export(@PathVariable long id, HttpServletResponse response) throws IOException {
		Settlement s = service.settlement(id);
		Provider p = service.provider(s.getProviderId());
		List<OrderRow> lines = queries.settlementLines(id);
		events.publishEvent(AuditRecord.of("elderly", "EXPORT", "HomeCareSettlement", id, null,
				text.msg("homecare.audit.settlement.export", p.getName(), s.getMonth(), lines.size())));
		Downloads.xlsx(response, text.msg("homecare.settlement.file", p.getName(), s.getMonth()));
		try (OutputStream out = response.getOutputStream()) {
			XlsxExport.write(out, text.msg("homecare.settlement.title"), List.of(
					new Column<OrderRow>(text.msg("homecare.order.no"), OrderRow::id),
					new Column<>(text.msg("elderly.name"), OrderRow::personName),
					new Column<>(text.msg("elderly.community"), OrderRow::communityName),
					new Column<>(text.msg("homecare.item"), OrderRow::itemName),
					new Column<>(text.msg("homecare.worker"), OrderRow::workerName),
					new Column<>(text.msg("homecare.order.start"), OrderRow::start),
					new Column<>(text.msg("homecare.kind"), r -> text.msg("homecare.kind." + r.kind())),
					new Column<>(text.msg("homecare.minutes"), OrderRow::minutes),
					new Column<>(text.msg("homecare.item.price"), OrderRow::hourlyPrice),
					new Column<>(text.msg("homecare.amount"), OrderRow::amount),
					new Column<>(text.msg("homecare.government"), OrderRow::governmentAmount),
					new Column<>(text.msg("homecare.elder-share"), OrderRow::elderAmount)), lines);
		}
	}

	@GetMapping("/statistics")
	@PreAuthorize(Roles.CASE_READ)
	String statistics(@RequestParam(required = false) String month, @AuthenticationPrincipal CurrentUser user,
			Model model) {
		YearMonth m;
		try {
			m = month == null || month.isBlank() ? YearMonth.from(service.today()).minusMonths(1)
					: HomeCareService.parseMonth(month, "month");
		}
		catch (BusinessRuleException ex) {
			m = YearMonth.from(service.today()).minusMonths(1);
		}
		model.addAttribute("month", m);
		model.addAttribute("total", queries.total(m, user.scope()));
		model.addAttribute("byProvider", queries.byProvider(m, user.scope()));
		model.addAttribute("byCommunity", queries.byCommunity(m, user.scope()));
		model.addAttribute("byItem", queries.byItem(m, user.scope()));
		return "elderly/home-care/statistics";
	}

}
