package cn.street.civil.household.web;

import java.time.Clock;
import java.time.LocalDate;

import cn.street.civil.community.CommunityDirectory;
import cn.street.civil.household.internal.Employment;
import cn.street.civil.household.internal.HouseholdQueries;
import cn.street.civil.household.internal.HouseholdRecordQueries;
import cn.street.civil.household.internal.HouseholdSearch;
import cn.street.civil.household.internal.HouseholdService;
import cn.street.civil.household.internal.MaritalStatus;
import cn.street.civil.household.internal.Person;
import cn.street.civil.household.internal.PersonForm;
import cn.street.civil.household.internal.PersonService;
import cn.street.civil.shared.security.CurrentUser;
import cn.street.civil.shared.security.Roles;
import cn.street.civil.shared.web.BusinessRuleException;
import cn.street.civil.shared.web.FormErrors;
import cn.street.civil.shared.web.Paging;
import jakarta.validation.Valid;

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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 人员查询 and the person page: everything the street knows about one person, across households and
 * (as they arrive) programmes.
 */
@Controller
@RequestMapping("/persons")
@PreAuthorize(Roles.CASE_READ)
class PersonController {

	private final HouseholdService households;

	private final PersonService persons;

	private final HouseholdQueries queries;

	private final HouseholdRecordQueries records;

	private final CommunityDirectory communities;

	private final PageSections sections;

	private final Clock clock;

	PersonController(HouseholdService households, PersonService persons, HouseholdQueries queries,
			HouseholdRecordQueries records, CommunityDirectory communities, PageSections sections, Clock clock) {
		this.clock = clock;
		this.households = households;
		this.persons = persons;
		this.queries = queries;
		this.records = records;
		this.communities = communities;
		this.sections = sections;
	}

	@GetMapping
	String list(HouseholdSearch search, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) String sort, @AuthenticationPrincipal CurrentUser user, Model model) {
		var pageable = Paging.of(page, null, sort, HouseholdQueries.PERSON_SORTS.keySet());
		model.addAttribute("search", search);
		model.addAttribute("communities", user.scope().all() ? communities.active()
				: communities.active().stream().filter(c -> user.scope().includes(c.id())).toList());
		model.addAttribute("page", queries.persons(search, pageable, user));
		return "household/persons";
	}

	/**
	 * The page's reads (record, members or households, history, the programmes' sections) in one read-only
	 * transaction: each of them is transactional itself, and four transactions of their own cost the page more
	 * than its queries (JFR).
	 */
	@GetMapping("/{id}")
	@Transactional(readOnly = true)
	String show(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, Model model) {
		Person person = households.person(id, user);
		model.addAttribute("person", person);
		model.addAttribute("age", person.ageOn(LocalDate.now(clock)));
		model.addAttribute("communityName", communities.byId(person.getCommunityId()).map(c -> c.name()).orElse(""));
		model.addAttribute("householdHistory", records.householdsOf(id, user));
		model.addAttribute("sections", sections.forPerson(id, user));
		return "household/person";
	}

	/** Shows the full 身份证号 once; the reveal is audited. */
	@PostMapping("/{id}/id-number")
	String revealIdNumber(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, Model model) {
		model.addAttribute("revealedIdNumber", households.revealIdNumber(id, user));
		return show(id, user, model);
	}

	/** Shows the full phone number once; the reveal is audited. */
	@PostMapping("/{id}/phone")
	String revealPhone(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, Model model) {
		model.addAttribute("revealedPhone", households.revealPhone(id, user));
		return show(id, user, model);
	}

	@GetMapping("/{id}/edit")
	@PreAuthorize(Roles.CASE_WRITE)
	String editForm(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, Model model) {
		Person person = households.person(id, user);
		model.addAttribute("person", person);
		model.addAttribute("form", PersonForm.of(person));
		return editPage(model);
	}

	@PostMapping("/{id}")
	@PreAuthorize(Roles.CASE_WRITE)
	String update(@PathVariable long id, @Valid @ModelAttribute("form") PersonForm form, BindingResult errors,
			@AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes flash) {
		model.addAttribute("person", households.person(id, user));
		if (errors.hasErrors()) {
			return editPage(model);
		}
		try {
			persons.update(id, form, user);
		}
		catch (BusinessRuleException ex) {
			FormErrors.reject(errors, ex);
			return editPage(model);
		}
		flash.addFlashAttribute("success", "flash.person.updated");
		return "redirect:/persons/" + id;
	}

	private String editPage(Model model) {
		model.addAttribute("maritalStatuses", MaritalStatus.values());
		model.addAttribute("employments", Employment.values());
		return "household/person-edit";
	}

}
