package cn.street.civil.household.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import cn.street.civil.household.Relation;
import cn.street.civil.household.internal.ChangeForm;
import cn.street.civil.household.internal.Employment;
import cn.street.civil.household.internal.Household;
import cn.street.civil.household.internal.HouseholdRecordQueries;
import cn.street.civil.household.internal.HouseholdService;
import cn.street.civil.household.internal.MaritalStatus;
import cn.street.civil.household.internal.MemberForm;
import cn.street.civil.household.internal.MemberRow;
import cn.street.civil.household.internal.MembershipService;
import cn.street.civil.household.internal.UnknownAreaWarning;
import cn.street.civil.shared.security.CurrentUser;
import cn.street.civil.shared.security.Roles;
import cn.street.civil.shared.web.BusinessRuleException;
import cn.street.civil.shared.web.FormErrors;
import cn.street.civil.shared.web.NotFoundException;
import jakarta.validation.Valid;

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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Membership changes on the household page: add a member, and the dated changes (移入他户, 死亡, 迁出,
 * 修改关系, 变更户主, 分户, 并户), each a small form with date and reason.
 */
@Controller
@RequestMapping("/households/{id}")
@PreAuthorize(Roles.CASE_WRITE)
class MembershipController {

	/** Changes of one member: URL action → what the form asks for. */
	static final List<String> MEMBER_ACTIONS = List.of("move", "death", "move-out", "relation");

	/** Changes of the whole household. */
	static final List<String> HOUSEHOLD_ACTIONS = List.of("head", "split", "merge");

	private final HouseholdService households;

	private final MembershipService memberships;

	private final HouseholdRecordQueries records;

	private final Clock clock;

	MembershipController(HouseholdService households, MembershipService memberships, HouseholdRecordQueries records,
			Clock clock) {
		this.clock = clock;
		this.households = households;
		this.memberships = memberships;
		this.records = records;
	}

	@GetMapping("/members/new")
	String newMember(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, Model model) {
		model.addAttribute("form", MemberForm.empty(LocalDate.now(clock)));
		return memberPage(id, user, model);
	}

	@PostMapping("/members")
	String addMember(@PathVariable long id, @Valid @ModelAttribute("form") MemberForm form, BindingResult errors,
			@AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes flash) {
		if (!errors.hasErrors()) {
			try {
				memberships.addMember(id, form, user);
				flash.addFlashAttribute("success", "flash.member.added");
				UnknownAreaWarning.addIfNeeded(form.idNumber(), flash);
				return "redirect:/households/" + id;
			}
			catch (BusinessRuleException ex) {
				FormErrors.reject(errors, ex);
			}
		}
		return memberPage(id, user, model);
	}

	@GetMapping("/members/{personId}/{action}")
	String memberChangeForm(@PathVariable long id, @PathVariable long personId, @PathVariable String action,
			@AuthenticationPrincipal CurrentUser user, Model model) {
		checkAction(action, MEMBER_ACTIONS);
		Household household = households.get(id, user);
		model.addAttribute("form", ChangeForm.empty(LocalDate.now(clock), household.getVersion()));
		return changePage(household, personId, action, user, model);
	}

	@PostMapping("/members/{personId}/{action}")
	String memberChange(@PathVariable long id, @PathVariable long personId, @PathVariable String action,
			@Valid @ModelAttribute("form") ChangeForm form, BindingResult errors,
			@AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes flash) {
		checkAction(action, MEMBER_ACTIONS);
		if (!errors.hasErrors()) {
			try {
				switch (action) {
					case "move" -> memberships.moveMember(id, personId, form, user);
					case "death" -> memberships.recordDeath(id, personId, form, user);
					case "move-out" -> memberships.recordMoveOut(id, personId, form, user);
					default -> memberships.changeRelation(id, personId, form, user);
				}
				flash.addFlashAttribute("success", "flash.change." + action);
				return "redirect:/households/" + id;
			}
			catch (BusinessRuleException ex) {
				FormErrors.reject(errors, ex);
			}
		}
		return changePage(households.get(id, user), personId, action, user, model);
	}

	@GetMapping("/{action:head|split|merge}")
	String householdChangeForm(@PathVariable long id, @PathVariable String action,
			@AuthenticationPrincipal CurrentUser user, Model model) {
		Household household = households.get(id, user);
		model.addAttribute("form", ChangeForm.empty(LocalDate.now(clock), household.getVersion()));
		return changePage(household, null, action, user, model);
	}

	@PostMapping("/{action:head|split|merge}")
	String householdChange(@PathVariable long id, @PathVariable String action,
			@Valid @ModelAttribute("form") ChangeForm form, BindingResult errors,
			@AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes flash) {
		if (!errors.hasErrors()) {
			try {
				long target = id;
				switch (action) {
					case "head" -> memberships.changeHead(id, form, user);
					case "split" -> target = memberships.split(id, form, user);
					default -> memberships.merge(id, form, user);
				}
				flash.addFlashAttribute("success", "flash.change." + action);
				return "redirect:/households/" + target;
			}
			catch (BusinessRuleException ex) {
				FormErrors.reject(errors, ex);
			}
		}
		return changePage(households.get(id, user), null, action, user, model);
	}

	private String memberPage(long id, CurrentUser user, Model model) {
		model.addAttribute("household", households.get(id, user));
		model.addAttribute("relations", MemberRelations.NON_HEAD);
		model.addAttribute("maritalStatuses", MaritalStatus.values());
		model.addAttribute("employments", Employment.values());
		return "household/member-new";
	}

	private String changePage(Household household, Long personId, String action, CurrentUser user, Model model) {
		List<MemberRow> current = records.members(household.getId(), user).stream().filter(MemberRow::current).toList();
		MemberRow member = null;
		if (personId != null) {
			member = current.stream()
				.filter(m -> m.personId() == personId)
				.findFirst()
				.orElseThrow(() -> new NotFoundException("member", personId));
		}
		model.addAttribute("household", household);
		model.addAttribute("member", member);
		model.addAttribute("members", current);
		model.addAttribute("action", action);
		model.addAttribute("relations", MemberRelations.NON_HEAD);
		return "household/change";
	}

	private static void checkAction(String action, List<String> allowed) {
		if (!allowed.contains(action)) {
			throw new NotFoundException("action", action);
		}
	}

	/** Relations a member can have other than head, in display order. */
	static final class MemberRelations {

		static final List<Relation> NON_HEAD = java.util.Arrays.stream(Relation.values())
			.filter(r -> r != Relation.HEAD)
			.toList();

		private MemberRelations() {
		}

	}
}
