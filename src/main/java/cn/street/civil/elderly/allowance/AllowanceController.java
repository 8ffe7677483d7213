package cn.street.civil.elderly.allowance;

import java.io.IOException;
import java.io.OutputStream;
import java.time.YearMonth;
import java.util.List;

import cn.street.civil.community.CommunityDirectory;
import cn.street.civil.elderly.roster.ElderlyText;
import cn.street.civil.shared.audit.AuditRecord;
import cn.street.civil.shared.excel.Column;
import cn.street.civil.shared.excel.XlsxExport;
import cn.street.civil.shared.security.CurrentUser;
import cn.street.civil.shared.security.Roles;
import cn.street.civil.shared.web.BusinessRuleException;
import cn.street.civil.shared.web.Downloads;
import cn.street.civil.shared.web.FieldRuleException;
import cn.street.civil.shared.web.FormErrors;
import cn.street.civil.shared.web.Paging;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 高龄补贴: the enrolments with the month's tier and amount, the newly eligible, the confirmation, the stop. */
@Controller
@RequestMapping("/elderly/allowance")
@PreAuthorize(Roles.CASE_READ)
class AllowanceController {

	private final AllowanceService service;

	private final AllowanceQueries queries;

	private final CommunityDirectory communities;

	private final ApplicationEventPublisher events;

	private final ElderlyText text;

	AllowanceController(AllowanceService service, AllowanceQueries queries, CommunityDirectory communities,
			ApplicationEventPublisher events, ElderlyText text) {
		this.service = service;
		this.queries = queries;
		this.communities = communities;
		this.events = events;
		this.text = text;
	}

	@ModelAttribute
	void referenceData(Model model, @AuthenticationPrincipal CurrentUser user) {
		model.addAttribute("communities",
				communities.active().stream().filter(c -> user.scope().includes(c.id())).toList());
		model.addAttribute("tiers", AgeTier.values());
	}

	private YearMonth month(AllowanceSearch search) {
		if (search.month() == null || search.month().isBlank()) {
			return service.nextMonth();
		}
		try {
			return Months.parse(search.month(), "month");
		}
		catch (FieldRuleException ex) {
			return service.nextMonth();
		}
	}

	@GetMapping
	String list(AllowanceSearch search, @RequestParam(required = false) Integer page,
			@AuthenticationPrincipal CurrentUser user, @RequestHeader(value = "HX-Request", required = false) String htmx,
			Model model) {
		YearMonth month = month(search);
		model.addAttribute("search", search);
		model.addAttribute("month", month);
		model.addAttribute("page", queries.enrolments(search, month, Paging.of(page, null, null, java.util.Set.of()),
				user.scope()));
		return htmx != null ? "elderly/allowance :: results" : "elderly/allowance";
	}

	@GetMapping("/export")
	void export(AllowanceSearch search, @AuthenticationPrincipal CurrentUser user, HttpServletResponse response)
			throws IOException {
		YearMonth month = month(search);
		List<EnrolmentRow> rows = queries.export(search, month, user.scope());
		events.publishEvent(AuditRecord.of("elderly", "EXPORT", "AgeAllowanceEnrolment", null,
				user.scope().singleCommunity(), text.msg("elderly.allowance.export.summary", month, rows.size())));
		Downloads.xlsx(response, text.msg("elderly.allowance.export.file", month));
		try (OutputStream out = response.getOutputStream()) {
			XlsxExport.write(out, text.msg("elderly.allowance.title"), List.of(
					new Column<EnrolmentRow>(text.msg("elderly.name"), EnrolmentRow::name),
					new Column<>(text.msg("elderly.id-number"), EnrolmentRow::maskedIdNumber),
					new Column<>(text.msg("elderly.birth-date"), EnrolmentRow::birthDate),
					new Column<>(text.msg("elderly.community"), EnrolmentRow::communityName),
					new Column<>(text.msg("elderly.allowance.first-month"), r -> r.firstMonth().toString()),
					new Column<>(text.msg("elderly.allowance.stop-month"),
							r -> r.stopMonth() == null ? "" : r.stopMonth().toString()),
					new Column<>(text.msg("elderly.allowance.stop-reason"),
							r -> r.stopReason() == null ? "" : text.msg("elderly.stop." + r.stopReason())),
					new Column<>(text.msg("elderly.tier"), r -> r.tier() == null ? "" : text.msg("elderly.tier." + r.tier())),
					new Column<>(text.msg("elderly.allowance.amount"), EnrolmentRow::amount),
					new Column<>(text.msg("elderly.allowance.change-note"), EnrolmentRow::changeNote)), rows);
		}
	}

	@GetMapping("/eligible")
	String eligible(@RequestParam(required = false) Long communityId, @RequestParam(required = false) String q,
			@RequestParam(required = false) Integer page, @AuthenticationPrincipal CurrentUser user, Model model) {
		String name = q == null || q.isBlank() ? null : q.strip();
		YearMonth next = service.nextMonth();
		model.addAttribute("next", next);
		model.addAttribute("current", YearMonth.from(service.today()));
		model.addAttribute("communityId", communityId);
		model.addAttribute("q", name);
		model.addAttribute("page",
				queries.eligible(communityId, name, next, Paging.of(page, null, null, java.util.Set.of()), user.scope()));
		return "elderly/allowance-eligible";
	}

	@GetMapping("/eligible/{personId}")
	@PreAuthorize(Roles.CASE_WRITE)
	String confirmForm(@PathVariable long personId, @AuthenticationPrincipal CurrentUser user, Model model) {
		return confirmPage(service.candidate(personId, user), ConfirmForm.empty(service.today()), model);
	}

	private String confirmPage(AllowanceService.Candidate candidate, ConfirmForm form, Model model) {
		model.addAttribute("candidate", candidate);
		model.addAttribute("form", form);
		model.addAttribute("next", service.nextMonth());
		model.addAttribute("current", YearMonth.from(service.today()));
		model.addAttribute("backpayReasons", BackpayReason.values());
		return "elderly/allowance-confirm";
	}

	@PostMapping("/eligible/{personId}")
	@PreAuthorize(Roles.CASE_WRITE)
	String confirm(@PathVariable long personId, @Valid @ModelAttribute("form") ConfirmForm form, BindingResult errors,
			@AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes flash) {
		AllowanceService.Candidate candidate = service.candidate(personId, user);
		if (!errors.hasErrors()) {
			try {
				AgeAllowanceEnrolment e = service.confirm(personId, form, user);
				flash.addFlashAttribute("success", "elderly.flash.confirmed");
				return "redirect:/elderly/allowance/" + e.getId();
			}
			catch (BusinessRuleException ex) {
				FormErrors.reject(errors, ex);
			}
		}
		return confirmPage(candidate, form, model);
	}

	@GetMapping("/{id}")
	String show(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, Model model) {
		AgeAllowanceEnrolment e = service.get(id, user);
		return showPage(e, new StopForm(null, service.nextMonth().toString(), null, e.getVersion()), user, model);
	}

	private String showPage(AgeAllowanceEnrolment e, StopForm form, CurrentUser user, Model model) {
		model.addAttribute("e", e);
		model.addAttribute("person", service.personOf(e, user));
		YearMonth next = service.nextMonth();
		model.addAttribute("next", next);
		model.addAttribute("rows", queries.ofPerson(e.getPersonId(), next, user.scope())
			.stream()
			.filter(r -> r.id() == e.getId())
			.toList());
		model.addAttribute("form", form);
		model.addAttribute("stopReasons", StopReason.manual());
		return "elderly/allowance-detail";
	}

	@PostMapping("/{id}/stop")
	@PreAuthorize(Roles.CASE_WRITE)
	String stop(@PathVariable long id, @Valid @ModelAttribute("form") StopForm form, BindingResult errors,
			@AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes flash) {
		AgeAllowanceEnrolment e = service.get(id, user);
		if (!errors.hasErrors()) {
			try {
				service.stop(id, form, user);
				flash.addFlashAttribute("success", "elderly.flash.stopped");
				return "redirect:/elderly/allowance/" + id;
			}
			catch (BusinessRuleException ex) {
				FormErrors.reject(errors, ex);
			}
		}
		return showPage(e, form, user, model);
	}

}
