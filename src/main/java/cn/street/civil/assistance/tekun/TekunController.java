package cn.street.civil.assistance.tekun;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

import cn.street.civil.assistance.casework.AssistanceCase;
import cn.street.civil.assistance.casework.CaseActionEndpoints;
import cn.street.civil.assistance.casework.CaseApplicationPages;
import cn.street.civil.assistance.casework.CaseProcedure;
import cn.street.civil.assistance.casework.CaseAction;
import cn.street.civil.assistance.casework.CaseState;
import cn.street.civil.assistance.casework.CaseWorkflow;
import cn.street.civil.assistance.casework.ChangeKind;
import cn.street.civil.assistance.casework.TerminationReason;
import cn.street.civil.community.CommunityDirectory;
import cn.street.civil.household.HouseholdSnapshot;
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
import org.springframework.security.access.AccessDeniedException;
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

/** 特困供养: the list, the application, the case page with its actions, the 调查 and 年审 forms, the printed sheet. */
@Controller
@RequestMapping("/tekun")
@PreAuthorize(Roles.CASE_READ)
class TekunController extends CaseActionEndpoints {

	private static final String CASES = "/tekun/cases/";

	private final TekunService service;

	private final TekunQueries queries;

	private final CaseWorkflow workflow;

	private final CommunityDirectory communities;

	private final ApplicationEventPublisher events;

	private final MessageSource messages;

	TekunController(TekunService service, TekunQueries queries, CaseWorkflow workflow, CommunityDirectory communities,
			ApplicationEventPublisher events, MessageSource messages) {
		this.service = service;
		this.queries = queries;
		this.workflow = workflow;
		this.communities = communities;
		this.events = events;
		this.messages = messages;
	}

	@Override
	protected CaseProcedure procedure() {
		return service;
	}

	@Override
	protected String caseBase() {
		return CASES;
	}

	@ModelAttribute
	void referenceData(Model model, @AuthenticationPrincipal CurrentUser user) {
		model.addAttribute("communities",
				communities.active().stream().filter(c -> user.scope().includes(c.id())).toList());
		model.addAttribute("states", CaseState.values());
		model.addAttribute("supportForms", SupportForm.values());
		model.addAttribute("tiers", CareTier.values());
	}

	@GetMapping("/cases")
	String list(TekunSearch search, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) String sort, @AuthenticationPrincipal CurrentUser user,
			@RequestHeader(value = "HX-Request", required = false) String htmx, Model model) {
		model.addAttribute("search", search);
		model.addAttribute("page", queries.cases(search, Paging.of(page, null, sort, TekunQueries.SORTS.keySet()), user));
		model.addAttribute("today", service.today());
		return htmx != null ? "assistance/tekun/list :: results" : "assistance/tekun/list";
	}

	@GetMapping("/cases/export")
	void export(TekunSearch search, @RequestParam(required = false) String sort,
			@AuthenticationPrincipal CurrentUser user, HttpServletResponse response) throws IOException {
		Sort order = Paging.of(0, 1, sort, TekunQueries.SORTS.keySet()).getSort();
		List<TekunRow> rows = queries.export(search, order, user);
		events.publishEvent(AuditRecord.of("assistance", "EXPORT", "AssistanceCase", null, user.scope().singleCommunity(),
				msg("tekun.export.summary", rows.size())));
		Downloads.xlsx(response, msg("tekun.export.file", LocalDate.now()));
		try (OutputStream out = response.getOutputStream()) {
			XlsxExport.write(out, msg("tekun.title"), columns(), rows);
		}
	}

	private List<Column<TekunRow>> columns() {
		return List.of(new Column<>(msg("assistance.household-no"), TekunRow::householdNo),
				new Column<>(msg("assistance.community"), TekunRow::communityName),
				new Column<>(msg("tekun.person"), TekunRow::personName),
				new Column<>(msg("assistance.applicant"), TekunRow::applicantName),
				new Column<>(msg("assistance.state"), r -> msg("assistance.state." + r.state())),
				new Column<>(msg("assistance.applied-on"), TekunRow::appliedOn),
				new Column<>(msg("tekun.support-form"),
						r -> r.supportForm() == null ? "" : msg("tekun.support-form." + r.supportForm())),
				new Column<>(msg("tekun.tier"), r -> r.tier() == null ? "" : msg("tekun.tier." + r.tier())),
				new Column<>(msg("tekun.monthly-amount"), TekunRow::monthlyAmount),
				new Column<>(msg("tekun.review-due-on"), TekunRow::reviewDueOn));
	}

	@GetMapping("/cases/new")
	@PreAuthorize(Roles.CASE_WRITE)
	String newForm(@RequestParam(required = false) String householdNo, @RequestParam(required = false) Long householdId,
			@AuthenticationPrincipal CurrentUser user, Model model) {
		return CaseApplicationPages.start(new TekunApplicationForm(), service.household(householdNo, householdId, user),
				householdNo, householdId, model, this::applicationPage);
	}

	private String applicationPage(HouseholdSnapshot household, Model model) {
		model.addAttribute("household", household);
		model.addAttribute("materialCodes", service.materialCodes());
		model.addAttribute("categories", TekunCategory.values());
		return "assistance/tekun/new";
	}

	@PostMapping("/cases")
	@PreAuthorize(Roles.CASE_WRITE)
	String apply(@Valid @ModelAttribute("form") TekunApplicationForm form, BindingResult errors,
			@AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes flash) {
		return CaseApplicationPages.submit(service.household(form.getHouseholdNo(), null, user), errors, model,
				this::applicationPage, () -> service.apply(form, user), "tekun.flash.applied", CASES, flash);
	}

	@GetMapping("/cases/{id}")
	String show(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, Model model) {
		AssistanceCase c = service.get(id, user);
		caseModel(c, model);
		model.addAttribute("timeline", workflow.timeline(c));
		model.addAttribute("changes", workflow.changes(c));
		model.addAttribute("assessments", service.assessments(c));
		model.addAttribute("actions", service.availableActions(c, user));
		model.addAttribute("terminationReasons", TerminationReason.TEKUN);
		return "assistance/tekun/detail";
	}

	private void caseModel(AssistanceCase c, Model model) {
		Optional<TekunAssessment> assessment = service.latestAssessment(c);
		YearMonth month = c.getState() == CaseState.CONFIRMED || c.getFirstPaidMonth() == null
				? YearMonth.from(service.today()).plusMonths(1) : c.getFirstPaidMonth();
		model.addAttribute("c", c);
		model.addAttribute("person", c.getMembers().get(0));
		model.addAttribute("category", service.category(c).orElse(null));
		model.addAttribute("communityName", communities.byId(c.getCommunityId()).map(r -> r.name()).orElse(""));
		model.addAttribute("assessment", assessment.orElse(null));
		model.addAttribute("amount", service.amountFor(c, assessment, month));
		model.addAttribute("reviewDue", service.reviewDue(c));
		model.addAttribute("today", service.today());
		model.addAttribute("zone", ZoneId.of("Asia/Shanghai"));
	}

	@GetMapping("/cases/{id}/investigation")
	@PreAuthorize(Roles.CASE_WRITE)
	String investigationForm(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, Model model) {
		return assessmentPage(service.get(id, user), newForm(service.get(id, user)), false, model);
	}

	@PostMapping("/cases/{id}/investigation")
	@PreAuthorize(Roles.CASE_WRITE)
	String investigate(@PathVariable long id, @Valid @ModelAttribute("form") TekunAssessmentForm form,
			BindingResult errors, @AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes flash) {
		AssistanceCase c = service.get(id, user);
		if (errors.hasErrors()) {
			return assessmentPage(c, form, false, model);
		}
		try {
			service.investigate(id, form, user);
		}
		catch (BusinessRuleException ex) {
			FormErrors.reject(errors, ex);
			return assessmentPage(c, form, false, model);
		}
		flash.addFlashAttribute("success", "assistance.flash.investigated");
		return "redirect:" + CASES + id;
	}

	/** Scope first (404 outside it), then the role of the 年审 (403). */
	@GetMapping("/cases/{id}/yearly-review")
	String yearlyReviewForm(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, Model model) {
		AssistanceCase c = service.get(id, user);
		if (!CaseAction.YEARLY_REVIEW.allowedFor(user.role())) {
			throw new AccessDeniedException("YEARLY_REVIEW: " + user.role());
		}
		TekunAssessmentForm form = newForm(c);
		form.setEffectiveMonth(YearMonth.from(service.today()).plusMonths(1));
		return assessmentPage(c, form, true, model);
	}

	@PostMapping("/cases/{id}/yearly-review")
	String yearlyReview(@PathVariable long id, @Valid @ModelAttribute("form") TekunAssessmentForm form,
			BindingResult errors, @AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes flash) {
		AssistanceCase c = service.get(id, user);
		if (errors.hasErrors()) {
			return assessmentPage(c, form, true, model);
		}
		ChangeKind outcome;
		try {
			outcome = service.yearlyReview(id, form, user);
		}
		catch (BusinessRuleException ex) {
			FormErrors.reject(errors, ex);
			return assessmentPage(c, form, true, model);
		}
		flash.addFlashAttribute("success", "tekun.flash.yearly-review." + outcome);
		return "redirect:" + CASES + id;
	}

	/** A new visit's form, prefilled from the latest assessment (the caseworker checks and corrects it). */
	private TekunAssessmentForm newForm(AssistanceCase c) {
		TekunAssessmentForm form = new TekunAssessmentForm();
		form.startVisit(c, service.today());
		service.latestAssessment(c).ifPresent(a -> {
			form.setIncapacityBasis(a.getIncapacityBasis());
			form.setDisabilityCategory(a.getDisabilityCategory());
			form.setDisabilityGrade(a.getDisabilityGrade());
			form.setMonthlyIncome(a.getMonthlyIncome());
			form.setPropertyOk(a.isPropertyOk());
			form.setPropertyNotes(a.getPropertyNotes());
			form.setSupporter(a.getSupporter());
			form.setSupporterNote(a.getSupporterNote());
			form.setSupportForm(a.getSupportForm());
			form.setInstitutionName(a.getInstitutionName());
			form.setCarerName(a.getCarerName());
			form.setCareAgreement(a.isCareAgreement());
		});
		return form;
	}

	private String assessmentPage(AssistanceCase c, TekunAssessmentForm form, boolean yearly, Model model) {
		model.addAttribute("c", c);
		model.addAttribute("form", form);
		model.addAttribute("yearly", yearly);
		model.addAttribute("bases", IncapacityBasis.values());
		model.addAttribute("disabilityCategories", DisabilityCategory.values());
		model.addAttribute("supporters", Supporter.values());
		model.addAttribute("activities", List.of("unableEat", "unableDress", "unableBed", "unableToilet", "unableWalk",
				"unableBath"));
		return "assistance/tekun/assessment";
	}

	@PostMapping("/cases/{id}/confirm")
	String confirm(@PathVariable long id, @RequestParam long version, @RequestParam(required = false) String comment,
			@AuthenticationPrincipal CurrentUser user, RedirectAttributes flash) {
		service.confirm(id, version, comment, user);
		return done(id, "CONFIRM", flash);
	}

	/** 特困人员调查表, printable on A4: the person, the three conditions, the self-care assessment, the signatures. */
	@GetMapping("/cases/{id}/print/investigation")
	String printInvestigation(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, Model model) {
		AssistanceCase c = service.get(id, user);
		caseModel(c, model);
		events.publishEvent(AuditRecord.of("assistance", "PRINT", "AssistanceCase", c.getId(), c.getCommunityId(),
				msg("tekun.print.summary", c.getHouseholdNo())));
		return "assistance/tekun/print-investigation";
	}

	private String msg(String key, Object... args) {
		return messages.getMessage(key, args, key, java.util.Locale.SIMPLIFIED_CHINESE);
	}

}
