package cn.street.civil.disability.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;

import cn.street.civil.community.CommunityDirectory;
import cn.street.civil.household.PersonSummary;
import cn.street.civil.shared.audit.AuditRecord;
import cn.street.civil.shared.excel.Column;
import cn.street.civil.shared.excel.XlsxExport;
import cn.street.civil.shared.security.CurrentUser;
import cn.street.civil.shared.security.Roles;
import cn.street.civil.shared.web.BusinessRuleException;
import cn.street.civil.shared.web.Downloads;
import cn.street.civil.shared.web.FormErrors;
import cn.street.civil.shared.web.Paging;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.Sort;
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

/**
 * 残疾人: the register (list, filters, Excel), registering a certificate (from the person page or by number), the
 * certificate page with the two subsidies of this and next month and their reasons, changing it, aids, revoking.
 */
@Controller
@RequestMapping("/disability")
@PreAuthorize(Roles.CASE_READ)
class DisabilityController {

	static final String CERTIFICATES = "/disability/certificates/";

	private final CertificateService service;

	private final CertificateQueries queries;

	private final SubsidyEligibility eligibility;

	private final CommunityDirectory communities;

	private final ApplicationEventPublisher events;

	private final MessageSource messages;

	DisabilityController(CertificateService service, CertificateQueries queries, SubsidyEligibility eligibility,
			CommunityDirectory communities, ApplicationEventPublisher events, MessageSource messages) {
		this.service = service;
		this.queries = queries;
		this.eligibility = eligibility;
		this.communities = communities;
		this.events = events;
		this.messages = messages;
	}

	@ModelAttribute
	void referenceData(Model model, @AuthenticationPrincipal CurrentUser user) {
		model.addAttribute("communities",
				communities.active().stream().filter(c -> user.scope().includes(c.id())).toList());
		model.addAttribute("categories", DisabilityCategory.values());
		model.addAttribute("grades", List.of(1, 2, 3, 4));
		model.addAttribute("employments", Employment.values());
	}

	@GetMapping("/certificates")
	String list(CertificateSearch search, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) String sort, @AuthenticationPrincipal CurrentUser user,
			@RequestHeader(value = "HX-Request", required = false) String htmx, Model model) {
		model.addAttribute("search", search);
		model.addAttribute("page", queries.page(search, Paging.of(page, null, sort, CertificateQueries.SORTS.keySet()), user));
		model.addAttribute("today", service.today());
		return htmx != null ? "disability/list :: results" : "disability/list";
	}

	@GetMapping("/certificates/export")
	void export(CertificateSearch search, @RequestParam(required = false) String sort,
			@AuthenticationPrincipal CurrentUser user, HttpServletResponse response) throws IOException {
		Sort order = Paging.of(0, 1, sort, CertificateQueries.SORTS.keySet()).getSort();
		List<CertificateRow> rows = queries.export(search, order, user);
		events.publishEvent(AuditRecord.of(CertificateService.MODULE, "EXPORT", "DisabilityCertificate", null,
				user.scope().singleCommunity(), msg("disability.export.summary", rows.size())));
		Downloads.xlsx(response, msg("disability.export.file", LocalDate.now()));
		try (OutputStream out = response.getOutputStream()) {
			XlsxExport.write(out, msg("disability.title"), columns(), rows);
		}
	}

	private List<Column<CertificateRow>> columns() {
		return List.of(new Column<>(msg("disability.holder"), CertificateRow::name),
				new Column<>(msg("disability.number"), CertificateRow::maskedNumber),
				new Column<>(msg("disability.category"), r -> msg("disability.category." + r.category())),
				new Column<>(msg("disability.grade"), r -> msg("disability.grade." + r.grade())),
				new Column<>(msg("disability.community"), CertificateRow::communityName),
				new Column<>(msg("disability.issued-on"), CertificateRow::issuedOn),
				new Column<>(msg("disability.review-on"), CertificateRow::reviewOn),
				new Column<>(msg("disability.long-term-care"), r -> msg(r.longTermCare() ? "common.yes" : "common.no")),
				new Column<>(msg("disability.employment"), r -> msg("disability.employment." + r.employment())));
	}

	@GetMapping("/certificates/new")
	@PreAuthorize(Roles.CASE_WRITE)
	String newForm(@RequestParam(required = false) Long personId, @AuthenticationPrincipal CurrentUser user,
			Model model) {
		CertificateForm form = new CertificateForm();
		form.setPersonId(personId);
		return formPage(form, personId, user, model);
	}

	private String formPage(CertificateForm form, Long personId, CurrentUser user, Model model) {
		model.addAttribute("form", form);
		model.addAttribute("person", personId == null ? null : service.person(personId, user));
		return "disability/new";
	}

	@PostMapping("/certificates")
	@PreAuthorize(Roles.CASE_WRITE)
	String register(@Valid @ModelAttribute("form") CertificateForm form, BindingResult errors,
			@AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes flash) {
		if (errors.hasErrors()) {
			return formPage(form, form.getPersonId(), user, model);
		}
		long id;
		try {
			id = service.register(form, user);
		}
		catch (BusinessRuleException ex) {
			FormErrors.reject(errors, ex);
			return formPage(form, form.getPersonId(), user, model);
		}
		flash.addFlashAttribute("success", "disability.flash.registered");
		return "redirect:" + CERTIFICATES + id;
	}

	@GetMapping("/certificates/{id}")
	String show(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, Model model) {
		CertificateService.Held held = service.get(id, user);
		YearMonth thisMonth = YearMonth.from(service.today());
		model.addAttribute("held", held);
		model.addAttribute("c", held.certificate());
		model.addAttribute("holder", held.holder());
		model.addAttribute("maskedNumber", held.maskedNumber());
		model.addAttribute("communityName", communityName(held.holder()));
		model.addAttribute("aids", service.aidsOf(held.certificate()));
		model.addAttribute("subsidies", held.certificate().valid()
				? List.of(eligibility.of(held.holder().id(), thisMonth), eligibility.of(held.holder().id(), thisMonth.plusMonths(1)))
					.stream().flatMap(java.util.Optional::stream).toList()
				: List.of());
		if (!model.containsAttribute("aid")) {
			AidForm aid = new AidForm();
			aid.setIssuedOn(service.today());
			model.addAttribute("aid", aid);
		}
		model.addAttribute("today", service.today());
		return "disability/detail";
	}

	@GetMapping("/certificates/{id}/edit")
	@PreAuthorize(Roles.CASE_WRITE)
	String editForm(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, Model model) {
		CertificateService.Held held = service.get(id, user);
		return editPage(held, CertificateForm.of(held.certificate(), held.maskedNumber()), model);
	}

	private String editPage(CertificateService.Held held, CertificateForm form, Model model) {
		model.addAttribute("held", held);
		model.addAttribute("c", held.certificate());
		model.addAttribute("holder", held.holder());
		model.addAttribute("maskedNumber", held.maskedNumber());
		model.addAttribute("form", form);
		return "disability/edit";
	}

	@PostMapping("/certificates/{id}")
	@PreAuthorize(Roles.CASE_WRITE)
	String update(@PathVariable long id, @Valid @ModelAttribute("form") CertificateForm form, BindingResult errors,
			@AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes flash) {
		CertificateService.Held held = service.get(id, user);
		if (errors.hasErrors()) {
			return editPage(held, form, model);
		}
		try {
			service.update(id, form, user);
		}
		catch (BusinessRuleException ex) {
			FormErrors.reject(errors, ex);
			return editPage(held, form, model);
		}
		flash.addFlashAttribute("success", "disability.flash.updated");
		return "redirect:" + CERTIFICATES + id;
	}

	@PostMapping("/certificates/{id}/aids")
	@PreAuthorize(Roles.CASE_WRITE)
	String addAid(@PathVariable long id, @Valid @ModelAttribute("aid") AidForm aid, BindingResult errors,
			@AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes flash) {
		service.get(id, user);
		if (!errors.hasErrors()) {
			try {
				service.addAid(id, aid, user);
				flash.addFlashAttribute("success", "disability.flash.aid");
				return "redirect:" + CERTIFICATES + id;
			}
			catch (BusinessRuleException ex) {
				FormErrors.reject(errors, ex);
			}
		}
		return show(id, user, model);
	}

	@PostMapping("/certificates/{id}/revoke")
	@PreAuthorize(Roles.CASE_WRITE)
	String revoke(@PathVariable long id, @RequestParam long version, @RequestParam(required = false) String reason,
			@AuthenticationPrincipal CurrentUser user, RedirectAttributes flash) {
		service.revoke(id, version, reason, user);
		flash.addFlashAttribute("success", "disability.flash.revoked");
		return "redirect:" + CERTIFICATES + id;
	}

	private String communityName(PersonSummary person) {
		return communities.byId(person.communityId()).map(c -> c.name()).orElse("");
	}

	private String msg(String key, Object... args) {
		return messages.getMessage(key, args, key, Locale.SIMPLIFIED_CHINESE);
	}

}
