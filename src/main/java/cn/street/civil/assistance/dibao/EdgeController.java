package cn.street.civil.assistance.dibao;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import cn.street.civil.assistance.casework.AssistanceCase;
import cn.street.civil.assistance.casework.CaseActionEndpoints;
import cn.street.civil.assistance.casework.CaseApplicationPages;
import cn.street.civil.assistance.casework.CaseState;
import cn.street.civil.assistance.casework.CaseWorkflow;
import cn.street.civil.assistance.casework.Programme;
import cn.street.civil.assistance.casework.TerminationReason;
import cn.street.civil.community.CommunityDirectory;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 低保边缘家庭: the list (search, paging, sort, export), the application and investigation (the 低保 pages with
 * this programme's links), the case page with its actions, and the 低保 rejection that recognises in one step.
 */
@Controller
@PreAuthorize(Roles.CASE_READ)
class EdgeController {

	static final String BASE = "/edge/cases";

	private final EdgeService edge;

	private final DibaoService dibao;

	private final DibaoQueries queries;

	private final CaseWorkflow workflow;

	private final CommunityDirectory communities;

	private final ApplicationEventPublisher events;

	private final MessageSource messages;

	EdgeController(EdgeService edge, DibaoService dibao, DibaoQueries queries, CaseWorkflow workflow,
			CommunityDirectory communities, ApplicationEventPublisher events, MessageSource messages) {
		this.edge = edge;
		this.dibao = dibao;
		this.queries = queries;
		this.workflow = workflow;
		this.communities = communities;
		this.events = events;
		this.messages = messages;
	}

	@ModelAttribute
	void referenceData(Model model, @AuthenticationPrincipal CurrentUser user) {
		model.addAttribute("communities",
				communities.active().stream().filter(c -> user.scope().includes(c.id())).toList());
		model.addAttribute("states", new CaseState[] { CaseState.APPLIED, CaseState.INVESTIGATED, CaseState.REVIEWED,
				CaseState.CONFIRMED, CaseState.REJECTED, CaseState.TERMINATED });
		model.addAttribute("caseBase", BASE);
		model.addAttribute("listTitle", "edge.title");
		model.addAttribute("newTitle", "edge.new");
		model.addAttribute("menuKey", "edge");
	}

	@GetMapping(BASE)
	String list(CaseSearch search, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) String sort, @AuthenticationPrincipal CurrentUser user,
			@RequestHeader(value = "HX-Request", required = false) String htmx, Model model) {
		Pageable pageable = Paging.of(page, null, sort, DibaoQueries.SORTS.keySet());
		model.addAttribute("search", search);
		model.addAttribute("page", queries.cases(Programme.EDGE, search, false, pageable, user));
		return htmx != null ? "assistance/edge-list :: results" : "assistance/edge-list";
	}

	@GetMapping(BASE + "/export")
	void export(CaseSearch search, @RequestParam(required = false) String sort,
			@AuthenticationPrincipal CurrentUser user, HttpServletResponse response) throws IOException {
		Sort order = Paging.of(0, 1, sort, DibaoQueries.SORTS.keySet()).getSort();
		List<CaseRow> rows = queries.export(Programme.EDGE, search, false, order, user);
		events.publishEvent(AuditRecord.of("assistance", "EXPORT", "AssistanceCase", null, user.scope().singleCommunity(),
				msg("edge.export.summary", rows.size())));
		Downloads.xlsx(response, msg("edge.export.file", LocalDate.now()));
		try (OutputStream out = response.getOutputStream()) {
			XlsxExport.write(out, msg("edge.title"), List.of(
					new Column<>(msg("assistance.household-no"), CaseRow::householdNo),
					new Column<>(msg("assistance.community"), CaseRow::communityName),
					new Column<>(msg("assistance.applicant"), CaseRow::applicantName),
					new Column<>(msg("edge.covered-count"), CaseRow::coveredCount),
					new Column<>(msg("assistance.state"), r -> msg("edge.state." + r.state())),
					new Column<>(msg("assistance.applied-on"), CaseRow::appliedOn)), rows);
		}
	}

	@GetMapping(BASE + "/new")
	@PreAuthorize(Roles.CASE_WRITE)
	String newForm(@RequestParam(required = false) String householdNo, @RequestParam(required = false) Long householdId,
			@AuthenticationPrincipal CurrentUser user, Model model) {
		return CaseApplicationPages.start(new ApplicationForm(), dibao.household(householdNo, householdId, user),
				householdNo, householdId, model, (h, m) -> DibaoController.applicationPage(dibao, h, m));
	}

	@PostMapping(BASE)
	@PreAuthorize(Roles.CASE_WRITE)
	String apply(@Valid @ModelAttribute("form") ApplicationForm form, BindingResult errors,
			@AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes flash) {
		return CaseApplicationPages.submit(dibao.household(form.getHouseholdNo(), user), errors, model,
				(h, m) -> DibaoController.applicationPage(dibao, h, m), () -> edge.apply(form, user), "edge.flash.APPLY",
				BASE + "/", flash);
	}

	@GetMapping(BASE + "/{id}")
	String show(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, Model model) {
		AssistanceCase c = edge.get(id, user);
		model.addAttribute("c", c);
		model.addAttribute("memberNames", DibaoController.memberNames(c));
		model.addAttribute("communityName", communities.byId(c.getCommunityId()).map(r -> r.name()).orElse(""));
		model.addAttribute("investigation", dibao.latestInvestigation(c).orElse(null));
		try {
			model.addAttribute("assessment", edge.assessment(c).orElse(null));
		}
		catch (BusinessRuleException ex) {
			model.addAttribute("refusal", messages.getMessage(ex, Locale.SIMPLIFIED_CHINESE));
		}
		model.addAttribute("timeline", workflow.timeline(c));
		model.addAttribute("actions", edge.availableActions(c, user));
		model.addAttribute("terminationReasons", TerminationReason.DIBAO);
		model.addAttribute("zone", java.time.ZoneId.of("Asia/Shanghai"));
		return "assistance/edge-detail";
	}

	@GetMapping(BASE + "/{id}/investigation")
	@PreAuthorize(Roles.CASE_WRITE)
	String investigationForm(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, Model model) {
		AssistanceCase c = edge.get(id, user);
		InvestigationForm form = InvestigationForm.startingFrom(c, dibao.latestInvestigation(c), false, edge.today());
		model.addAttribute("form", form);
		return DibaoController.investigationPage(c, model);
	}

	@PostMapping(BASE + "/{id}/investigation")
	@PreAuthorize(Roles.CASE_WRITE)
	String investigate(@PathVariable long id, @Valid @ModelAttribute("form") InvestigationForm form,
			BindingResult errors, @AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes flash) {
		AssistanceCase c = edge.get(id, user);
		if (errors.hasErrors()) {
			return DibaoController.investigationPage(c, model);
		}
		try {
			edge.investigate(id, form, user);
		}
		catch (BusinessRuleException ex) {
			FormErrors.reject(errors, ex);
			return DibaoController.investigationPage(c, model);
		}
		return done(id, "INVESTIGATE", flash);
	}

	@PostMapping(BASE + "/{id}/assess")
	String assess(@PathVariable long id, @RequestParam long version, @RequestParam(required = false) String comment,
			@AuthenticationPrincipal CurrentUser user, RedirectAttributes flash) {
		edge.assess(id, version, comment, user);
		return done(id, "REVIEW", flash);
	}

	@PostMapping(BASE + "/{id}/recognise")
	String recognise(@PathVariable long id, @RequestParam long version, @RequestParam(required = false) String comment,
			@AuthenticationPrincipal CurrentUser user, RedirectAttributes flash) {
		edge.recognise(id, version, comment, user);
		return done(id, "RECOGNISE", flash);
	}

	@PostMapping(BASE + "/{id}/reject")
	String reject(@PathVariable long id, @RequestParam long version, @RequestParam(required = false) String comment,
			@AuthenticationPrincipal CurrentUser user, RedirectAttributes flash) {
		edge.reject(id, version, comment, user);
		return done(id, "REJECT", flash);
	}

	@PostMapping(BASE + "/{id}/terminate")
	String terminate(@PathVariable long id, @RequestParam long version,
			@RequestParam(required = false) TerminationReason reason, @RequestParam(required = false) String comment,
			@AuthenticationPrincipal CurrentUser user, RedirectAttributes flash) {
		edge.terminate(id, version, reason, comment, user);
		return done(id, "TERMINATE", flash);
	}

	/** 低保 不予确认 that recognises the household as 低保边缘 in the same step. */
	@PostMapping("/dibao/cases/{id}/reject-as-edge")
	String rejectAsEdge(@PathVariable long id, @RequestParam long version, @RequestParam(required = false) String comment,
			@AuthenticationPrincipal CurrentUser user, RedirectAttributes flash) {
		long edgeId = edge.rejectAsEdge(id, version, comment, user);
		flash.addFlashAttribute("success", "edge.flash.REJECT_AS_EDGE");
		return "redirect:" + BASE + "/" + edgeId;
	}

	private static String done(long id, String action, RedirectAttributes flash) {
		return CaseActionEndpoints.done(BASE + "/", "edge.flash.", id, action, flash);
	}

	private String msg(String key, Object... args) {
		return messages.getMessage(key, args, key, Locale.SIMPLIFIED_CHINESE);
	}

}
