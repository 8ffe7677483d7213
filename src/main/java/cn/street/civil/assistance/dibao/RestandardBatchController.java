package cn.street.civil.assistance.dibao;

import java.io.IOException;
import java.io.OutputStream;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;

import cn.street.civil.shared.audit.AuditRecord;
import cn.street.civil.shared.excel.Column;
import cn.street.civil.shared.excel.XlsxExport;
import cn.street.civil.shared.security.CurrentUser;
import cn.street.civil.shared.security.Roles;
import cn.street.civil.shared.web.Downloads;
import cn.street.civil.shared.web.FieldRuleException;
import cn.street.civil.shared.web.Paging;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
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

/** 调标批次: generate (street caseworker), view paged with totals, export, approve or reject (chief). */
@Controller
@RequestMapping("/dibao/restandard")
@PreAuthorize("hasAnyRole('CHIEF', 'STREET_CASEWORKER')")
class RestandardBatchController {

	private final RestandardBatchService service;

	private final ApplicationEventPublisher events;

	private final MessageSource messages;

	RestandardBatchController(RestandardBatchService service, ApplicationEventPublisher events,
			MessageSource messages) {
		this.service = service;
		this.events = events;
		this.messages = messages;
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("batches", service.recent());
		return "assistance/review/restandard-list";
	}

	@PostMapping
	@PreAuthorize(Roles.STREET_PREPARE)
	String generate(@RequestParam(required = false) @DateTimeFormat(pattern = "yyyy-MM") YearMonth month,
			@AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes flash) {
		long id;
		try {
			id = service.generate(month, user);
		}
		catch (FieldRuleException ex) {
			model.addAttribute("batches", service.recent());
			model.addAttribute("monthError", messages.getMessage(ex, Locale.SIMPLIFIED_CHINESE));
			model.addAttribute("month", month);
			return "assistance/review/restandard-list";
		}
		flash.addFlashAttribute("success", "dibao.restandard.flash.generated");
		return "redirect:/dibao/restandard/" + id;
	}

	@GetMapping("/{id}")
	String show(@PathVariable long id, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) String q, @AuthenticationPrincipal CurrentUser user, Model model) {
		RestandardBatch batch = service.get(id);
		model.addAttribute("batch", batch);
		model.addAttribute("q", q);
		model.addAttribute("page", service.lines(batch, q, Paging.of(page, null, null, java.util.Set.of()), user));
		model.addAttribute("zone", java.time.ZoneId.of("Asia/Shanghai"));
		return "assistance/review/restandard";
	}

	@GetMapping("/{id}/export")
	void export(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, HttpServletResponse response)
			throws IOException {
		RestandardBatch batch = service.get(id);
		List<RestandardLine> lines = service.allLines(batch, user);
		events.publishEvent(AuditRecord.of("assistance", "EXPORT", "RestandardBatch", id, null,
				msg("dibao.restandard.export.summary", batch.getMonth(), lines.size())));
		Downloads.xlsx(response, msg("dibao.restandard.export.file", batch.getMonth()));
		try (OutputStream out = response.getOutputStream()) {
			XlsxExport.write(out, msg("dibao.restandard.title"), List.of(
					new Column<RestandardLine>(msg("assistance.household-no"), RestandardLine::householdNo),
					new Column<>(msg("assistance.community"), RestandardLine::communityName),
					new Column<>(msg("assistance.applicant"), RestandardLine::applicantName),
					new Column<>(msg("assistance.covered-count"), RestandardLine::covered),
					new Column<>(msg("assistance.amount.income"), RestandardLine::countedIncome),
					new Column<>(msg("assistance.amount.standard"), RestandardLine::standard),
					new Column<>(msg("dibao.restandard.old"), RestandardLine::oldAmount),
					new Column<>(msg("dibao.restandard.new"), RestandardLine::newAmount),
					new Column<>(msg("dibao.restandard.difference"), RestandardLine::difference)), lines);
		}
	}

	@PostMapping("/{id}/approve")
	@PreAuthorize(Roles.APPROVE)
	String approve(@PathVariable long id, @RequestParam long version, @RequestParam(required = false) String comment,
			@AuthenticationPrincipal CurrentUser user, RedirectAttributes flash) {
		service.approve(id, version, comment, user);
		flash.addFlashAttribute("success", "dibao.restandard.flash.approved");
		return "redirect:/dibao/restandard/" + id;
	}

	@PostMapping("/{id}/reject")
	@PreAuthorize(Roles.APPROVE)
	String reject(@PathVariable long id, @RequestParam long version, @RequestParam(required = false) String comment,
			@AuthenticationPrincipal CurrentUser user, RedirectAttributes flash) {
		service.reject(id, version, comment, user);
		flash.addFlashAttribute("success", "dibao.restandard.flash.rejected");
		return "redirect:/dibao/restandard/" + id;
	}

	@PostMapping("/{id}/regenerate")
	@PreAuthorize(Roles.STREET_PREPARE)
	String regenerate(@PathVariable long id, @RequestParam long version, @AuthenticationPrincipal CurrentUser user,
			RedirectAttributes flash) {
		long next = service.regenerate(id, version, user);
		flash.addFlashAttribute("success", "dibao.restandard.flash.generated");
		return "redirect:/dibao/restandard/" + next;
	}

	private String msg(String key, Object... args) {
		Object[] plain = java.util.Arrays.stream(args).map(String::valueOf).toArray();
		return messages.getMessage(key, plain, key, Locale.SIMPLIFIED_CHINESE);
	}

}
