package cn.street.civil.assistance.dibao;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

import cn.street.civil.assistance.casework.AssistanceCase;
import cn.street.civil.assistance.casework.CaseActionEndpoints;
import cn.street.civil.assistance.casework.CaseApplicationPages;
import cn.street.civil.assistance.casework.CaseProcedure;
import cn.street.civil.assistance.casework.CaseState;
import cn.street.civil.assistance.casework.CaseWorkflow;
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
import cn.street.civil.shared.web.NotFoundException;
import cn.street.civil.shared.web.Paging;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.Pageable;
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

/** 低保案件: lists, application, the case page with its actions, the printable forms. */
@Controller
@RequestMapping("/dibao")
@PreAuthorize(Roles.CASE_READ)
class DibaoController extends CaseActionEndpoints {

	private final DibaoService service;

	private final DibaoQueries queries;

	private final CaseWorkflow workflow;

	private final CommunityDirectory communities;

	private final ApplicationEventPublisher events;

	private final MessageSource messages;

	private final EdgeService edge;

	private final DibaoReviewPage reviewPage;

	DibaoController(DibaoService service, DibaoQueries queries, CaseWorkflow workflow, CommunityDirectory communities,
			ApplicationEventPublisher events, MessageSource messages, EdgeService edge, DibaoReviewPage reviewPage) {
		this.reviewPage = reviewPage;
		this.edge = edge;
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
		return "/dibao/cases/";
	}

	@ModelAttribute
	void referenceData(Model model, @AuthenticationPrincipal CurrentUser user) {
		model.addAttribute("communities",
				communities.active().stream().filter(c -> user.scope().includes(c.id())).toList());
		model.addAttribute("states", CaseState.values());
	}

	@GetMapping("/cases")
	String list(CaseSearch search, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) String sort, @AuthenticationPrincipal CurrentUser user,
			@RequestHeader(value = "HX-Request", required = false) String htmx, Model model) {
		return list(search, false, page, sort, user, htmx, model);
	}

	/** 近亲属备案: the cases declared related to street or community staff, listed on their own. */
	@GetMapping("/cases/staff-related")
	String staffRelated(CaseSearch search, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) String sort, @AuthenticationPrincipal CurrentUser user,
			@RequestHeader(value = "HX-Request", required = false) String htmx, Model model) {
		return list(search, true, page, sort, user, htmx, model);
	}

	private String list(CaseSearch search, boolean staffRelated, Integer page, String sort, CurrentUser user,
			String htmx, Model model) {
		Pageable pageable = Paging.of(page, null, sort, DibaoQueries.SORTS.keySet());
		model.addAttribute("search", search);
		model.addAttribute("staffRelated", staffRelated);
		model.addAttribute("page", queries.cases(search, staffRelated, pageable, user));
		return htmx != null ? "assistance/list :: results" : "assistance/list";
	}

	@GetMapping({ "/cases/export", "/cases/staff-related/export" })
	void export(CaseSearch search, @RequestParam(required = false) String sort,
			@RequestParam(defaultValue = "false") boolean staffRelated, @AuthenticationPrincipal CurrentUser user,
			HttpServletResponse response) throws IOException {
		Sort order = Paging.of(0, 1, sort, DibaoQueries.SORTS.keySet()).getSort();
		List<CaseRow> rows = queries.export(search, staffRelated, order, user);
		events.publishEvent(AuditRecord.of("assistance", "EXPORT", "AssistanceCase", null, user.scope().singleCommunity(),
				msg("assistance.export.summary", rows.size())));
		Downloads.xlsx(response, msg("assistance.export.file", LocalDate.now()));
		try (OutputStream out = response.getOutputStream()) {
			XlsxExport.write(out, msg("assistance.dibao.title"), columns(), rows);
		}
	}

	private List<Column<CaseRow>> columns() {
		return List.of(new Column<>(msg("assistance.household-no"), CaseRow::householdNo),
				new Column<>(msg("assistance.community"), CaseRow::communityName),
				new Column<>(msg("assistance.applicant"), CaseRow::applicantName),
				new Column<>(msg("assistance.covered-count"), CaseRow::coveredCount),
				new Column<>(msg("assistance.state"), r -> msg("assistance.state." + r.state())),
				new Column<>(msg("assistance.applied-on"), CaseRow::appliedOn),
				new Column<>(msg("assistance.monthly-amount"), CaseRow::monthlyAmount),
				new Column<>(msg("assistance.needs-review"), CaseRow::needsReview),
				new Column<>(msg("assistance.staff-related"), CaseRow::staffRelated));
	}

	@GetMapping("/cases/new")
	@PreAuthorize(Roles.CASE_WRITE)
	String newForm(@RequestParam(required = false) String householdNo, @RequestParam(required = false) Long householdId,
			@AuthenticationPrincipal CurrentUser user, Model model) {
		return CaseApplicationPages.start(new ApplicationForm(), service.household(householdNo, householdId, user),
				householdNo, householdId, model, (h, m) -> applicationPage(service, h, m));
	}

	/** The 低保 application page, also 低保边缘's (with that programme's links). */
	static String applicationPage(DibaoService service, HouseholdSnapshot household, Model model) {
		model.addAttribute("household", household);
		model.addAttribute("materialCodes", service.materialCodes());
		return "assistance/new";
	}

	@PostMapping("/cases")
	@PreAuthorize(Roles.CASE_WRITE)
	String apply(@Valid @ModelAttribute("form") ApplicationForm form, BindingResult errors,
			@AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes flash) {
		return CaseApplicationPages.submit(service.household(form.getHouseholdNo(), user), errors, model,
				(h, m) -> applicationPage(service, h, m), () -> service.apply(form, user), "assistance.flash.applied",
				"/dibao/cases/", flash);
	}

	@GetMapping("/cases/{id}")
	String show(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, Model model) {
		AssistanceCase c = service.get(id, user);
		caseModel(c, user, model);
		model.addAttribute("timeline", workflow.timeline(c));
		model.addAttribute("actions", service.availableActions(c, user));
		model.addAttribute("edgeOffer", edge.offersEdge(c, service.availableActions(c, user)));
		model.addAttribute("terminationReasons", TerminationReason.DIBAO);
		reviewPage.addTo(model, c, user);
		return "assistance/detail";
	}

	private void caseModel(AssistanceCase c, CurrentUser user, Model model) {
		Optional<Investigation> investigation = service.latestInvestigation(c);
		YearMonth month = c.getFirstPaidMonth() != null ? c.getFirstPaidMonth()
				: YearMonth.from(service.today()).plusMonths(1);
		model.addAttribute("c", c);
		model.addAttribute("memberNames", memberNames(c));
		model.addAttribute("communityName", communities.byId(c.getCommunityId()).map(r -> r.name()).orElse(""));
		model.addAttribute("investigation", investigation.orElse(null));
		model.addAttribute("amount", service.amountFor(c, investigation, month));
		model.addAttribute("today", service.today());
		model.addAttribute("zone", java.time.ZoneId.of("Asia/Shanghai"));
	}

	static java.util.Map<Long, String> memberNames(AssistanceCase c) {
		return c.getMembers()
			.stream()
			.collect(java.util.stream.Collectors.toMap(m -> m.getPersonId(), m -> m.getName()));
	}

	@GetMapping("/cases/{id}/investigation")
	@PreAuthorize(Roles.CASE_WRITE)
	String investigationForm(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, Model model) {
		AssistanceCase c = service.get(id, user);
		InvestigationForm form = InvestigationForm.startingFrom(c, service.latestInvestigation(c), true, service.today());
		model.addAttribute("form", form);
		return investigationPage(c, model);
	}

	/** The 入户调查 page, also for a 复核's visit ({@code formAction} then names the review route). */
	static String investigationPage(AssistanceCase c, Model model) {
		model.addAttribute("c", c);
		model.addAttribute("incomeKinds", IncomeKind.values());
		model.addAttribute("memberNames", memberNames(c));
		return "assistance/investigation";
	}

	@PostMapping("/cases/{id}/investigation")
	@PreAuthorize(Roles.CASE_WRITE)
	String investigate(@PathVariable long id, @Valid @ModelAttribute("form") InvestigationForm form,
			BindingResult errors, @AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes flash) {
		AssistanceCase c = service.get(id, user);
		if (errors.hasErrors()) {
			return investigationPage(c, model);
		}
		try {
			service.investigate(id, form, user);
		}
		catch (BusinessRuleException ex) {
			FormErrors.reject(errors, ex);
			return investigationPage(c, model);
		}
		flash.addFlashAttribute("success", "assistance.flash.investigated");
		return "redirect:/dibao/cases/" + id;
	}

	@PostMapping("/cases/{id}/confirm")
	String confirm(@PathVariable long id, @RequestParam long version, @RequestParam(required = false) String comment,
			@RequestParam(required = false) ReviewClass reviewClass, @AuthenticationPrincipal CurrentUser user,
			RedirectAttributes flash) {
		service.confirm(id, version, comment, reviewClass, user);
		return done(id, "CONFIRM", flash);
	}

	/** 入户调查表, printable on A4: the covered members, the incomes, the signatures. */
	@GetMapping("/cases/{id}/print/investigation")
	String printInvestigation(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, Model model) {
		AssistanceCase c = service.get(id, user);
		caseModel(c, user, model);
		events.publishEvent(AuditRecord.of("assistance", "PRINT", "AssistanceCase", c.getId(), c.getCommunityId(),
				msg("assistance.print.investigation.summary", c.getHouseholdNo())));
		return "assistance/print-investigation";
	}

	/**
	 * 公示 sheet of one community: name as surname + 某, number covered, the amount. Never an ID number, phone,
	 * income or member list.
	 */
	@GetMapping("/notice")
	String noticeSheet(@RequestParam(required = false) Long communityId, @AuthenticationPrincipal CurrentUser user,
			Model model) {
		Long community = communityId != null ? communityId : user.scope().singleCommunity();
		if (community == null) {
			model.addAttribute("rows", List.of());
			return "assistance/notice";
		}
		if (!user.scope().includes(community)) {
			throw new NotFoundException("Community", community);
		}
		List<NoticeLine> lines = queries.onNotice(community, user)
			.stream()
			.map(r -> new NoticeLine(NoticeLine.publicName(r.applicantName()), r.coveredCount(),
					amountShown(r.id(), user)))
			.toList();
		events.publishEvent(AuditRecord.of("assistance", "PRINT", "AssistanceCase", null, community,
				msg("assistance.print.notice.summary", lines.size())));
		model.addAttribute("communityId", community);
		model.addAttribute("communityName", communities.byId(community).map(r -> r.name()).orElse(""));
		model.addAttribute("rows", lines);
		model.addAttribute("today", service.today());
		return "assistance/notice";
	}

	private java.math.BigDecimal amountShown(long caseId, CurrentUser user) {
		AssistanceCase c = service.get(caseId, user);
		DibaoService.AmountResult result = service.amountFor(c, service.latestInvestigation(c),
				YearMonth.from(service.today()).plusMonths(1));
		return result.amount() == null ? null : result.amount().total();
	}

	private String msg(String key, Object... args) {
		return messages.getMessage(key, args, key, java.util.Locale.SIMPLIFIED_CHINESE);
	}

}
