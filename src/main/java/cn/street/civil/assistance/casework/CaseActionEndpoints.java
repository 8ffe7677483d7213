package cn.street.civil.assistance.casework;

import cn.street.civil.shared.security.CurrentUser;
import cn.street.civil.shared.security.Roles;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The endpoints of a case's simple actions (the forms of {@code assistance/fragments :: actionForms}), one way for
 * every programme controller that extends it under its own {@code @RequestMapping}: each posts the version seen,
 * takes the step of the programme's {@link CaseProcedure} (scope, role, version, state in
 * {@link CaseWorkflow#perform}), flashes {@code assistance.flash.<ACTION>} and redirects to the case page. The
 * confirmation stays with each programme (its own parameters).
 */
@PreAuthorize(Roles.CASE_READ)
public abstract class CaseActionEndpoints {

	/** The programme's steps. */
	protected abstract CaseProcedure procedure();

	/** The case pages' path, ending with a slash, e.g. {@code /tekun/cases/}. */
	protected abstract String caseBase();

	@PostMapping("/cases/{id}/review")
	public String review(@PathVariable long id, @RequestParam long version,
			@RequestParam(required = false) String comment, @AuthenticationPrincipal CurrentUser user,
			RedirectAttributes flash) {
		procedure().review(id, version, comment, user);
		return done(id, "REVIEW", flash);
	}

	@PostMapping("/cases/{id}/notice")
	public String notice(@PathVariable long id, @RequestParam long version, @AuthenticationPrincipal CurrentUser user,
			RedirectAttributes flash) {
		procedure().startNotice(id, version, user);
		return done(id, "NOTICE", flash);
	}

	@PostMapping("/cases/{id}/objection")
	public String objection(@PathVariable long id, @RequestParam long version,
			@RequestParam(required = false) String comment, @AuthenticationPrincipal CurrentUser user,
			RedirectAttributes flash) {
		procedure().object(id, version, comment, user);
		return done(id, "OBJECT", flash);
	}

	@PostMapping("/cases/{id}/reject")
	public String reject(@PathVariable long id, @RequestParam long version,
			@RequestParam(required = false) String comment, @AuthenticationPrincipal CurrentUser user,
			RedirectAttributes flash) {
		procedure().reject(id, version, comment, user);
		return done(id, "REJECT", flash);
	}

	@PostMapping("/cases/{id}/terminate")
	public String terminate(@PathVariable long id, @RequestParam long version,
			@RequestParam(required = false) TerminationReason reason, @RequestParam(required = false) String comment,
			@AuthenticationPrincipal CurrentUser user, RedirectAttributes flash) {
		procedure().terminate(id, version, reason, comment, user);
		return done(id, "TERMINATE", flash);
	}

	@PostMapping("/cases/{id}/review-done")
	public String reviewDone(@PathVariable long id, @RequestParam long version,
			@RequestParam(required = false) String comment, @AuthenticationPrincipal CurrentUser user,
			RedirectAttributes flash) {
		procedure().clearReview(id, version, comment, user);
		return done(id, "CLEAR_REVIEW", flash);
	}

	/** After an action: its flash message {@code assistance.flash.<action>}, back to the case page. */
	protected String done(long id, String action, RedirectAttributes flash) {
		return done(caseBase(), "assistance.flash.", id, action, flash);
	}

	/** After an action: the flash message {@code flashPrefix + action}, back to {@code caseBase + id}. */
	public static String done(String caseBase, String flashPrefix, long id, String action, RedirectAttributes flash) {
		flash.addFlashAttribute("success", flashPrefix + action);
		return "redirect:" + caseBase + id;
	}

}
