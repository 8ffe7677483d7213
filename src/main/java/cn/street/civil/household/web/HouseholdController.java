package cn.street.civil.household.web;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import cn.street.civil.community.CommunityDirectory;
import cn.street.civil.household.ResidenceType;
import cn.street.civil.household.internal.Employment;
import cn.street.civil.household.internal.Household;
import cn.street.civil.household.internal.HouseholdForm;
import cn.street.civil.household.internal.HouseholdQueries;
import cn.street.civil.household.internal.HouseholdRecordQueries;
import cn.street.civil.household.internal.HouseholdRow;
import cn.street.civil.household.internal.HouseholdSearch;
import cn.street.civil.household.internal.HouseholdService;
import cn.street.civil.household.internal.MaritalStatus;
import cn.street.civil.household.internal.NewHouseholdForm;
import cn.street.civil.household.internal.UnknownAreaWarning;
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
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
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

/** 户籍台账: search, register, view, edit and export households. */
@Controller
@RequestMapping("/households")
@PreAuthorize(Roles.CASE_READ)
class HouseholdController {

	static final List<Column<HouseholdRow>> EXPORT_COLUMNS = List.of(new Column<>("户号", HouseholdRow::householdNo),
			new Column<>("社区", HouseholdRow::communityName), new Column<>("地址", HouseholdRow::address),
			new Column<>("城乡类别", r -> r.residenceType() == ResidenceType.URBAN ? "城镇" : "农村"),
			new Column<>("户主", HouseholdRow::headName), new Column<>("户主身份证号", HouseholdRow::headIdMasked),
			new Column<>("人数", HouseholdRow::memberCount),
			new Column<>("状态", r -> "ACTIVE".equals(r.status()) ? "正常" : "已注销"));

	private final HouseholdService households;

	private final HouseholdQueries queries;

	private final HouseholdRecordQueries records;

	private final CommunityDirectory communities;

	private final ApplicationEventPublisher events;

	private final PageSections sections;

	HouseholdController(HouseholdService households, HouseholdQueries queries, HouseholdRecordQueries records,
			CommunityDirectory communities, ApplicationEventPublisher events, PageSections sections) {
		this.sections = sections;
		this.households = households;
		this.queries = queries;
		this.records = records;
		this.communities = communities;
		this.events = events;
	}

	@ModelAttribute
	void referenceData(Model model, @AuthenticationPrincipal CurrentUser user) {
		model.addAttribute("communities", user.scope().all() ? communities.active()
				: communities.active().stream().filter(c -> user.scope().includes(c.id())).toList());
		model.addAttribute("residenceTypes", Arrays.asList(ResidenceType.values()));
	}

	@GetMapping
	String list(HouseholdSearch search, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) String sort, @AuthenticationPrincipal CurrentUser user,
			@RequestHeader(value = "HX-Request", required = false) String htmx, Model model) {
		Pageable pageable = Paging.of(page, null, sort, HouseholdQueries.HOUSEHOLD_SORTS.keySet());
		model.addAttribute("search", search);
		model.addAttribute("page", queries.households(search, pageable, user));
		return htmx != null ? "household/list :: results" : "household/list";
	}

	@GetMapping("/export")
	void export(HouseholdSearch search, @RequestParam(required = false) String sort,
			@AuthenticationPrincipal CurrentUser user, HttpServletResponse response) throws IOException {
		Sort order = Paging.of(0, 1, sort, HouseholdQueries.HOUSEHOLD_SORTS.keySet()).getSort();
		List<HouseholdRow> rows = queries.exportHouseholds(search, order, user);
		events.publishEvent(AuditRecord.of("household", "EXPORT", "Household", null, user.scope().singleCommunity(),
				"导出户籍台账 " + rows.size() + " 户")
			.withDetails("条件: " + search.describe()));
		Downloads.xlsx(response, "户籍台账-" + LocalDate.now() + ".xlsx");
		try (OutputStream out = response.getOutputStream()) {
			XlsxExport.write(out, "户籍台账", EXPORT_COLUMNS, rows);
		}
	}

	@GetMapping("/new")
	@PreAuthorize(Roles.CASE_WRITE)
	String newForm(Model model) {
		model.addAttribute("form", NewHouseholdForm.empty());
		model.addAttribute("maritalStatuses", MaritalStatus.values());
		model.addAttribute("employments", Employment.values());
		return "household/new";
	}

	@PostMapping
	@PreAuthorize(Roles.CASE_WRITE)
	String create(@Valid @ModelAttribute("form") NewHouseholdForm form, BindingResult errors,
			@AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes flash) {
		model.addAttribute("maritalStatuses", MaritalStatus.values());
		model.addAttribute("employments", Employment.values());
		if (errors.hasErrors()) {
			return "household/new";
		}
		long id;
		try {
			id = households.register(form, user);
		}
		catch (BusinessRuleException ex) {
			FormErrors.reject(errors, ex);
			return "household/new";
		}
		flash.addFlashAttribute("success", "flash.household.created");
		UnknownAreaWarning.addIfNeeded(form.headIdNumber(), flash);
		return "redirect:/households/" + id;
	}

	/**
	 * The page's reads (record, members or households, history, the programmes' sections) in one read-only
	 * transaction: each of them is transactional itself, and four transactions of their own cost the page more
	 * than its queries (JFR).
	 */
	@GetMapping("/{id}")
	@Transactional(readOnly = true)
	String show(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, Model model) {
		Household household = households.get(id, user);
		model.addAttribute("household", household);
		model.addAttribute("communityName", communities.byId(household.getCommunityId()).map(c -> c.name()).orElse(""));
		model.addAttribute("members", records.members(id, user));
		model.addAttribute("history", records.history(id, user));
		model.addAttribute("sections", sections.forHousehold(id, user));
		return "household/detail";
	}

	/** Shows the full account number once; the reveal is audited. POST because it writes the audit trail. */
	@PostMapping("/{id}/bank-account")
	String revealBankAccount(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, Model model) {
		String full = households.revealBankAccount(id, user);
		model.addAttribute("revealedBankAccount", full);
		return show(id, user, model);
	}

	/** Shows the household's full phone number once; the reveal is audited. */
	@PostMapping("/{id}/phone")
	String revealPhone(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, Model model) {
		model.addAttribute("revealedPhone", households.revealHouseholdPhone(id, user));
		return show(id, user, model);
	}

	@GetMapping("/{id}/edit")
	@PreAuthorize(Roles.CASE_WRITE)
	String editForm(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, Model model) {
		Household household = households.get(id, user);
		model.addAttribute("household", household);
		model.addAttribute("form", HouseholdForm.of(household));
		return "household/edit";
	}

	@PostMapping("/{id}")
	@PreAuthorize(Roles.CASE_WRITE)
	String update(@PathVariable long id, @Valid @ModelAttribute("form") HouseholdForm form, BindingResult errors,
			@AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes flash) {
		model.addAttribute("household", households.get(id, user));
		if (errors.hasErrors()) {
			return "household/edit";
		}
		try {
			households.update(id, form, user);
		}
		catch (BusinessRuleException ex) {
			FormErrors.reject(errors, ex);
			return "household/edit";
		}
		flash.addFlashAttribute("success", "flash.household.updated");
		return "redirect:/households/" + id;
	}

}
