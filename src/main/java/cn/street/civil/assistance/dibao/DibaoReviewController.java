package cn.street.civil.assistance.dibao;

import java.time.YearMonth;

import cn.street.civil.assistance.casework.AssistanceCase;
import cn.street.civil.assistance.casework.CaseWorkflow;
import cn.street.civil.assistance.casework.TerminationReason;
import cn.street.civil.shared.security.CurrentUser;
import cn.street.civil.shared.security.Roles;
import cn.street.civil.shared.web.BusinessRuleException;
import cn.street.civil.shared.web.FormErrors;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 复核 of a 低保 case in payment: the home visit (the 入户调查 form and template), the review page with the current
 * and the recomputed amount, the caseworker's proposal and the chief's decision; the review class. Every route
 * loads the case in the user's scope first (404 outside it).
 */
@Controller
@RequestMapping("/dibao/cases/{id}")
@PreAuthorize(Roles.CASE_READ)
class DibaoReviewController {

	private final DibaoService dibao;

	private final DibaoReviewService reviews;

	private final CaseWorkflow workflow;

	DibaoReviewController(DibaoService dibao, DibaoReviewService reviews, CaseWorkflow workflow) {
		this.dibao = dibao;
		this.reviews = reviews;
		this.workflow = workflow;
	}

	@GetMapping("/reviews/new")
	@PreAuthorize(Roles.CASE_WRITE)
	String newReview(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, Model model) {
		AssistanceCase c = dibao.get(id, user);
		model.addAttribute("form", InvestigationForm.startingFrom(c, dibao.latestInvestigation(c), true, dibao.today()));
		return visitPage(c, model);
	}

	private String visitPage(AssistanceCase c, Model model) {
		model.addAttribute("formAction", "/dibao/cases/" + c.getId() + "/reviews");
		model.addAttribute("titleKey", "dibao.review.visit");
		return DibaoController.investigationPage(c, model);
	}

	@PostMapping("/reviews")
	@PreAuthorize(Roles.CASE_WRITE)
	String record(@PathVariable long id, @Valid @ModelAttribute("form") InvestigationForm form, BindingResult errors,
			@AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes flash) {
		AssistanceCase c = dibao.get(id, user);
		if (errors.hasErrors()) {
			return visitPage(c, model);
		}
		long reviewId;
		try {
			reviewId = reviews.record(id, form, user);
		}
		catch (BusinessRuleException ex) {
			if (!(ex instanceof cn.street.civil.shared.web.FieldRuleException)) {
				throw ex;
			}
			FormErrors.reject(errors, ex);
			return visitPage(c, model);
		}
		flash.addFlashAttribute("success", "dibao.review.flash.recorded");
		return "redirect:/dibao/cases/" + id + "/reviews/" + reviewId;
	}

	@GetMapping("/reviews/{reviewId}")
	String show(@PathVariable long id, @PathVariable long reviewId, @AuthenticationPrincipal CurrentUser user,
			Model model) {
		AssistanceCase c = dibao.get(id, user);
		DibaoReview review = reviews.review(c, reviewId);
		ReviewProposalForm form = new ReviewProposalForm();
		form.setVersion(c.getVersion());
		form.setOutcome(review.getOutcome());
		form.setEffectiveMonth(review.getEffectiveMonth() != null ? review.getEffectiveMonth()
				: YearMonth.from(dibao.today()).plusMonths(1));
		form.setTerminationReason(review.getTerminationReason());
		form.setProposal(review.getProposal());
		model.addAttribute("form", form);
		return reviewPage(c, review, form.getEffectiveMonth(), user, model);
	}

	private String reviewPage(AssistanceCase c, DibaoReview review, YearMonth month, CurrentUser user, Model model) {
		Investigation investigation = reviews.investigation(review);
		model.addAttribute("c", c);
		model.addAttribute("review", review);
		model.addAttribute("investigation", investigation);
		model.addAttribute("memberNames", c.getMembers()
			.stream()
			.collect(java.util.stream.Collectors.toMap(m -> m.getPersonId(), m -> m.getName())));
		model.addAttribute("recomputed", new DibaoService.AmountResult(month, reviews.amount(c, review, month), null));
		model.addAttribute("current", workflow.changeInForce(c, month).orElse(null));
		model.addAttribute("outcomes", ReviewOutcome.values());
		model.addAttribute("terminationReasons", TerminationReason.DIBAO);
		boolean open = c.getState() == cn.street.civil.assistance.casework.CaseState.CONFIRMED;
		model.addAttribute("canPropose", open && Roles.CASE_WRITERS.contains(user.role())
				&& (review.getStatus() == DibaoReview.Status.RECORDED || review.getStatus() == DibaoReview.Status.RETURNED));
		model.addAttribute("canDecide", open && user.role() == cn.street.civil.shared.security.Role.CHIEF
				&& review.getStatus() == DibaoReview.Status.PROPOSED
				&& !user.getUsername().equals(review.getRecordedBy()) && !user.getUsername().equals(review.getProposedBy()));
		model.addAttribute("zone", java.time.ZoneId.of("Asia/Shanghai"));
		return "assistance/review/review";
	}

	@PostMapping("/reviews/{reviewId}/propose")
	@PreAuthorize(Roles.CASE_WRITE)
	String propose(@PathVariable long id, @PathVariable long reviewId, @Valid @ModelAttribute("form") ReviewProposalForm form,
			BindingResult errors, @AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes flash) {
		AssistanceCase c = dibao.get(id, user);
		DibaoReview review = reviews.review(c, reviewId);
		if (errors.hasErrors()) {
			return reviewPage(c, review, monthOr(form, review), user, model);
		}
		try {
			reviews.propose(id, reviewId, form, user);
		}
		catch (cn.street.civil.shared.web.FieldRuleException ex) {
			FormErrors.reject(errors, ex);
			return reviewPage(c, review, monthOr(form, review), user, model);
		}
		flash.addFlashAttribute("success", "dibao.review.flash.proposed");
		return "redirect:/dibao/cases/" + id + "/reviews/" + reviewId;
	}

	private YearMonth monthOr(ReviewProposalForm form, DibaoReview review) {
		return form.getEffectiveMonth() != null ? form.getEffectiveMonth() : review.getComputedMonth();
	}

	@PostMapping("/reviews/{reviewId}/decide")
	@PreAuthorize(Roles.APPROVE)
	String decide(@PathVariable long id, @PathVariable long reviewId, @RequestParam long version,
			@RequestParam(required = false) String comment, @AuthenticationPrincipal CurrentUser user,
			RedirectAttributes flash) {
		reviews.decide(id, reviewId, version, comment, user);
		flash.addFlashAttribute("success", "dibao.review.flash.decided");
		return "redirect:/dibao/cases/" + id;
	}

	@PostMapping("/reviews/{reviewId}/return")
	@PreAuthorize(Roles.APPROVE)
	String sendBack(@PathVariable long id, @PathVariable long reviewId, @RequestParam long version,
			@RequestParam(required = false) String comment, @AuthenticationPrincipal CurrentUser user,
			RedirectAttributes flash) {
		reviews.sendBack(id, reviewId, version, comment, user);
		flash.addFlashAttribute("success", "dibao.review.flash.returned");
		return "redirect:/dibao/cases/" + id + "/reviews/" + reviewId;
	}

	@PostMapping("/review-class")
	@PreAuthorize(Roles.STREET_PREPARE)
	String reviewClass(@PathVariable long id, @RequestParam long version,
			@RequestParam(required = false) ReviewClass reviewClass, @AuthenticationPrincipal CurrentUser user,
			RedirectAttributes flash) {
		reviews.changeClass(id, version, reviewClass, user);
		flash.addFlashAttribute("success", "dibao.review.flash.class");
		return "redirect:/dibao/cases/" + id;
	}

}
