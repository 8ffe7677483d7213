package cn.street.civil.standard.internal;

import cn.street.civil.shared.security.CurrentUser;
import cn.street.civil.shared.security.Roles;
import cn.street.civil.shared.web.BusinessRuleException;
import cn.street.civil.shared.web.FormErrors;

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

/**
 * Changes of the 政策标准: the street caseworker proposes (and revises a pending proposal), the chief reviews
 * each proposal on its own page, which says what approving it would do, and approves or rejects it.
 */
@Controller
@RequestMapping("/standards/proposals")
@PreAuthorize(Roles.CASE_READ)
class ProposalController {

	private final StandardService standards;

	private final StandardQueries queries;

	private final StandardLabels labels;

	private final ProposalParser parser;

	ProposalController(StandardService standards, StandardQueries queries, StandardLabels labels,
			ProposalParser parser) {
		this.standards = standards;
		this.queries = queries;
		this.labels = labels;
		this.parser = parser;
	}

	@GetMapping
	String list(@AuthenticationPrincipal CurrentUser user, Model model) {
		model.addAttribute("proposals", queries.pending());
		model.addAttribute("mayDecide", Roles.APPROVERS.contains(user.role()));
		return "standard/proposals";
	}

	/** Without a valid {@code item}: a choice of items; with one: the empty proposal for it, from next month. */
	@GetMapping("/new")
	@PreAuthorize(Roles.STREET_PREPARE)
	String newForm(@RequestParam(required = false) String item, Model model) {
		StandardItem chosen = StandardItem.parse(item).orElse(null);
		if (chosen == null) {
			model.addAttribute("groups", StandardController.grouped(queries.overview()));
			return "standard/choose";
		}
		model.addAttribute("form", ProposalForm.empty(chosen, queries.currentMonth().plusMonths(1).toString()));
		return form(chosen, null, model);
	}

	@PostMapping
	@PreAuthorize(Roles.STREET_PREPARE)
	String create(@ModelAttribute("form") ProposalForm form, BindingResult errors,
			@AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes flash) {
		StandardItem item = StandardItem.parse(form.item()).orElse(null);
		if (item == null) {
			return newForm(null, model);
		}
		long id;
		try {
			id = check(form, errors) ? standards.propose(form, user) : -1;
		}
		catch (BusinessRuleException ex) {
			FormErrors.reject(errors, ex);
			id = -1;
		}
		if (id < 0) {
			return form(item, null, model);
		}
		flash.addFlashAttribute("success", "standard.flash.proposed");
		flash.addFlashAttribute("successArgs", summary(id));
		return "redirect:/standards/proposals/" + id;
	}

	@GetMapping("/{id}")
	String show(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, Model model) {
		ProposalView view = standards.view(id);
		if (!model.containsAttribute("decision")) {
			model.addAttribute("decision", DecisionForm.of(view.version()));
		}
		model.addAttribute("proposal", view);
		model.addAttribute("own", user.getUsername().equals(view.proposedBy()));
		model.addAttribute("mayDecide", Roles.APPROVERS.contains(user.role()));
		model.addAttribute("mayRevise", Roles.STREET_PREPARERS.contains(user.role()));
		model.addAttribute("currentMonth", queries.currentMonth());
		return "standard/proposal";
	}

	@GetMapping("/{id}/edit")
	@PreAuthorize(Roles.STREET_PREPARE)
	String editForm(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, Model model) {
		ProposalForm form = standards.editForm(id, user);
		model.addAttribute("form", form);
		return form(StandardItem.parse(form.item()).orElseThrow(), id, model);
	}

	@PostMapping("/{id}")
	@PreAuthorize(Roles.STREET_PREPARE)
	String update(@PathVariable long id, @ModelAttribute("form") ProposalForm form, BindingResult errors,
			@AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes flash) {
		// a proposal keeps its item, whatever the form says
		StandardItem item = StandardItem.parse(standards.editForm(id, user).item()).orElseThrow();
		ProposalForm typed = new ProposalForm(item.code(), form.validFrom(), form.value(), form.note(), form.version());
		try {
			if (!check(typed, errors)) {
				return form(item, id, model);
			}
			standards.revise(id, typed, user);
		}
		catch (BusinessRuleException ex) {
			FormErrors.reject(errors, ex);
			return form(item, id, model);
		}
		flash.addFlashAttribute("success", "standard.flash.revised");
		flash.addFlashAttribute("successArgs", summary(id));
		return "redirect:/standards/proposals/" + id;
	}

	@PostMapping("/{id}/approve")
	@PreAuthorize(Roles.APPROVE)
	String approve(@PathVariable long id, @ModelAttribute("decision") DecisionForm form, BindingResult errors,
			@AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes flash) {
		try {
			standards.approve(id, form, user);
		}
		catch (BusinessRuleException ex) {
			FormErrors.reject(errors, ex);
			return show(id, user, model);
		}
		flash.addFlashAttribute("success", "standard.flash.approved");
		flash.addFlashAttribute("successArgs", summary(id));
		return "redirect:/standards/proposals";
	}

	@PostMapping("/{id}/reject")
	@PreAuthorize(Roles.APPROVE)
	String reject(@PathVariable long id, @ModelAttribute("decision") DecisionForm form, BindingResult errors,
			@AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes flash) {
		try {
			standards.reject(id, form, user);
		}
		catch (BusinessRuleException ex) {
			FormErrors.reject(errors, ex);
			return show(id, user, model);
		}
		flash.addFlashAttribute("success", "standard.flash.rejected");
		flash.addFlashAttribute("successArgs", summary(id));
		return "redirect:/standards/proposals";
	}

	/** Puts every problem of the form next to its field; true when there is none. */
	private boolean check(ProposalForm form, BindingResult errors) {
		parser.problems(form).forEach(problem -> FormErrors.reject(errors, problem));
		return !errors.hasErrors();
	}

	private String form(StandardItem item, Long proposalId, Model model) {
		model.addAttribute("item", item);
		model.addAttribute("label", labels.label(item));
		model.addAttribute("choices", item.parameter().choices());
		model.addAttribute("proposalId", proposalId);
		model.addAttribute("firstMonth", queries.currentMonth().toString());
		model.addAttribute("lastMonth", queries.currentMonth().plusMonths(ProposalParser.MAX_MONTHS_AHEAD).toString());
		return "standard/form";
	}

	/** label, first month, value: the arguments of the flash messages. */
	private Object[] summary(long id) {
		ProposalView view = standards.view(id);
		return new Object[] { view.label(), labels.month(view.validFrom()), view.valueText() };
	}

}
