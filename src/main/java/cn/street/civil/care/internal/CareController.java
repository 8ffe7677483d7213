package cn.street.civil.care.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;

import cn.street.civil.community.CommunityDirectory;
import cn.street.civil.shared.audit.AuditRecord;
import cn.street.civil.shared.excel.Column;
import cn.street.civil.shared.excel.XlsxExport;
import cn.street.civil.shared.security.CurrentUser;
import cn.street.civil.shared.web.BusinessRuleException;
import cn.street.civil.shared.web.Downloads;
import cn.street.civil.shared.web.FormErrors;
import cn.street.civil.shared.web.Paging;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 优抚: the recipients list and export, registering one, the recipient page with its amounts, stop, 丧葬补助. */
@Controller
@RequestMapping("/care")
@PreAuthorize("@careAccess.reads()")
class CareController {

	static final String RECIPIENTS = "/care/recipients/";

	private final CareService service;

	private final CareQueries queries;

	private final CommunityDirectory communities;

	private final ApplicationEventPublisher events;

	private final MessageSource messages;

	CareController(CareService service, CareQueries queries, CommunityDirectory communities,
			ApplicationEventPublisher events, MessageSource messages) {
		this.service = service;
		this.queries = queries;
		this.communities = communities;
		this.events = events;
		this.messages = messages;
	}

	@ModelAttribute
	void referenceData(Model model, @AuthenticationPrincipal CurrentUser user) {
		model.addAttribute("communities",
				communities.active().stream().filter(c -> user.scope().includes(c.id())).toList());
		model.addAttribute("categories", CareCategory.values());
		model.addAttribute("natures", DisabilityNature.values());
		model.addAttribute("stopReasons", List.of(StopReason.MOVED_OUT, StopReason.DISQUALIFIED, StopReason.OTHER));
	}

	@GetMapping("/recipients")
	String list(CareQueries.Search search, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) String sort, @AuthenticationPrincipal CurrentUser user, Model model) {
		model.addAttribute("search", search);
		model.addAttribute("page", queries.page(search, Paging.of(page, null, sort, CareQueries.SORTS.keySet()), user));
		return "care/list";
	}

	@GetMapping("/recipients/export")
	void export(CareQueries.Search search, @RequestParam(required = false) String sort,
			@AuthenticationPrincipal CurrentUser user, HttpServletResponse response) throws IOException {
		List<CareQueries.Row> rows = queries.export(search,
				Paging.of(0, 1, sort, CareQueries.SORTS.keySet()).getSort(), user);
		events.publishEvent(AuditRecord.of(CareService.MODULE, "EXPORT", "CareRecipient", null,
				user.scope().singleCommunity(), msg("care.export.summary", rows.size())));
		Downloads.xlsx(response, msg("care.export.file", LocalDate.now()));
		try (OutputStream out = response.getOutputStream()) {
			XlsxExport.write(out, msg("care.title"), List.of(new Column<>(msg("care.person"), CareQueries.Row::name),
					new Column<>(msg("care.category"), r -> msg("care.category." + r.category())),
					new Column<>(msg("care.grade"), r -> r.grade() == null ? "" : msg("care.grade." + r.grade())),
					new Column<>(msg("care.nature"), r -> r.nature() == null ? "" : msg("care.nature." + r.nature())),
					new Column<>(msg("care.certificate"), CareQueries.Row::certificateNo),
					new Column<>(msg("care.community"), CareQueries.Row::communityName),
					new Column<>(msg("care.since"), CareQueries.Row::sinceMonth),
					new Column<>(msg("care.stopped-from"), CareQueries.Row::stoppedFrom)), rows);
		}
	}

	@GetMapping("/recipients/new")
	@PreAuthorize("@careAccess.writes()")
	String newForm(Model model) {
		RecipientForm form = new RecipientForm();
		form.setSinceMonth(YearMonth.from(service.today()).plusMonths(1));
		model.addAttribute("form", form);
		return "care/new";
	}

	@PostMapping("/recipients")
	@PreAuthorize("@careAccess.writes()")
	String register(@Valid @ModelAttribute("form") RecipientForm form, BindingResult errors,
			@AuthenticationPrincipal CurrentUser user, RedirectAttributes flash) {
		if (errors.hasErrors()) {
			return "care/new";
		}
		long id;
		try {
			id = service.register(form, user);
		}
		catch (BusinessRuleException ex) {
			FormErrors.reject(errors, ex);
			return "care/new";
		}
		flash.addFlashAttribute("success", "care.flash.registered");
		return "redirect:" + RECIPIENTS + id;
	}

	@GetMapping("/recipients/{id}")
	String show(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, Model model) {
		CareService.Held held = service.get(id, user);
		YearMonth month = YearMonth.from(service.today());
		model.addAttribute("r", held.recipient());
		model.addAttribute("person", held.person());
		model.addAttribute("communityName",
				communities.byId(held.person().communityId()).map(c -> c.name()).orElse(""));
		model.addAttribute("amounts", List.of(service.amount(held.recipient(), month),
				service.amount(held.recipient(), month.plusMonths(1))));
		return "care/detail";
	}

	@PostMapping("/recipients/{id}/stop")
	@PreAuthorize("@careAccess.writes()")
	String stop(@PathVariable long id, @RequestParam long version, @RequestParam(required = false) StopReason reason,
			@RequestParam(required = false) YearMonth from, @RequestParam(required = false) String note,
			@AuthenticationPrincipal CurrentUser user, RedirectAttributes flash) {
		service.stop(id, version, from, reason, note, user);
		flash.addFlashAttribute("success", "care.flash.stopped");
		return "redirect:" + RECIPIENTS + id;
	}

	@PostMapping("/recipients/{id}/funeral-grant")
	@PreAuthorize("@careAccess.writes()")
	String funeralGrant(@PathVariable long id, @RequestParam long version, @AuthenticationPrincipal CurrentUser user,
			RedirectAttributes flash) {
		service.funeralGrantPaid(id, version, user);
		flash.addFlashAttribute("success", "care.flash.funeral");
		return "redirect:" + RECIPIENTS + id;
	}

	private String msg(String key, Object... args) {
		return messages.getMessage(key, args, key, Locale.SIMPLIFIED_CHINESE);
	}

}
