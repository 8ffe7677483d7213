package cn.street.civil.assistance.dibao;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import cn.street.civil.assistance.casework.AssistanceCase;
import cn.street.civil.assistance.casework.CaseAction;
import cn.street.civil.assistance.casework.CaseDeadlines;
import cn.street.civil.assistance.casework.CaseState;
import cn.street.civil.assistance.casework.CaseWorkflow;
import cn.street.civil.assistance.casework.CommunityReview;
import cn.street.civil.assistance.casework.CommunityReviewRule;
import cn.street.civil.assistance.casework.CommunityReviews;
import cn.street.civil.shared.security.CurrentUser;
import cn.street.civil.shared.security.Role;
import cn.street.civil.shared.security.Roles;
import cn.street.civil.shared.web.BusinessRuleException;
import cn.street.civil.standard.CommunityReviewMode;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The 低保 procedure around the case steps: 民主评议, the written rejection notice, the deadlines, and what the
 * printed notices may show. Also read by the case page and the list ({@code @dibaoProcedure} in the templates).
 */
@Component("dibaoProcedure")
@Transactional
public class DibaoProcedure {

	/** Who prints the 审核确认 / 不予确认 notices. */
	static final Set<Role> NOTICE_PRINTERS = Set.of(Role.STREET_CASEWORKER, Role.CHIEF);

	static final Set<CaseState> APPROVED = Set.of(CaseState.CONFIRMED, CaseState.TERMINATED);

	private final CaseWorkflow workflow;

	private final CommunityReviews reviews;

	private final CommunityReviewRule rule;

	private final CaseDeadlines deadlines;

	DibaoProcedure(CaseWorkflow workflow, CommunityReviews reviews, CommunityReviewRule rule, CaseDeadlines deadlines) {
		this.workflow = workflow;
		this.reviews = reviews;
		this.rule = rule;
		this.deadlines = deadlines;
	}

	@PreAuthorize(Roles.CASE_WRITE)
	public void communityReview(long id, CommunityReviewForm form, CurrentUser user) {
		reviews.record(id, DibaoService.DIBAO, form.getVersion(), form.toCommand(), user);
	}

	/** The scope first (404), then the role (street caseworker or chief, 403): {@link CaseWorkflow#perform}. */
	@PreAuthorize(Roles.CASE_READ)
	public void rejectionNotified(long id, long version, String comment, CurrentUser user) {
		String text = comment == null || comment.isBlank() ? null : comment.strip();
		if (text != null && text.length() > 1000) {
			throw new cn.street.civil.shared.web.FieldRuleException("comment", "assistance.form.size1000");
		}
		workflow.perform(id, DibaoService.DIBAO, version, CaseAction.NOTIFY_REJECTION, user, text, c -> {
		});
	}

	/** The case for a printed notice: in scope (404), by the street caseworker or the chief (403), in its state (400). */
	@Transactional(readOnly = true)
	@PreAuthorize(Roles.CASE_READ)
	public AssistanceCase forNotice(long id, boolean approval, CurrentUser user) {
		AssistanceCase c = workflow.get(id, DibaoService.DIBAO, user.scope());
		if (!NOTICE_PRINTERS.contains(user.role())) {
			throw new AccessDeniedException("print notice: " + user.role());
		}
		if (approval && (!APPROVED.contains(c.getState()) || c.getDecidedOn() == null || c.getFirstPaidMonth() == null)) {
			throw new BusinessRuleException("procedure.print.approval.state");
		}
		if (!approval && c.getState() != CaseState.REJECTED) {
			throw new BusinessRuleException("procedure.print.rejection.state");
		}
		return c;
	}

	/** The case for the 民主评议 form: in scope (404), by a caseworker (403). */
	@Transactional(readOnly = true)
	@PreAuthorize(Roles.CASE_READ)
	public AssistanceCase forReview(long id, CurrentUser user) {
		AssistanceCase c = workflow.get(id, DibaoService.DIBAO, user.scope());
		if (!CaseAction.COMMUNITY_REVIEW.allowedFor(user.role())) {
			throw new AccessDeniedException("community review: " + user.role());
		}
		return c;
	}

	// read by the templates

	@Transactional(readOnly = true)
	public List<CaseDeadlines.Deadline> deadlines(AssistanceCase c) {
		return deadlines.ofOrNone(c);
	}

	@Transactional(readOnly = true)
	public List<CommunityReview> reviews(AssistanceCase c) {
		return rule.reviews(c.getId());
	}

	/** The 民主评议 mode in force, or null when this month has none. */
	@Transactional(readOnly = true)
	public CommunityReviewMode mode() {
		try {
			return rule.mode();
		}
		catch (BusinessRuleException ex) {
			return null;
		}
	}

	/** Whether a passing 民主评议 must come before this case's next notice (ALWAYS, none passed yet). */
	@Transactional(readOnly = true)
	public boolean reviewRequired(AssistanceCase c) {
		return mode() == CommunityReviewMode.ALWAYS && rule.reviews(c.getId()).stream().noneMatch(CommunityReview::passed);
	}

	@Transactional(readOnly = true)
	public boolean rejectionNotified(AssistanceCase c) {
		return rule.rejectionNotified(c.getId());
	}

	@Transactional(readOnly = true)
	public boolean mayPrintApproval(AssistanceCase c, CurrentUser user) {
		return NOTICE_PRINTERS.contains(user.role()) && APPROVED.contains(c.getState()) && c.getDecidedOn() != null;
	}

	@Transactional(readOnly = true)
	public boolean mayPrintRejection(AssistanceCase c, CurrentUser user) {
		return NOTICE_PRINTERS.contains(user.role()) && c.getState() == CaseState.REJECTED;
	}

	/** Which of the listed cases are overdue today. */
	@Transactional(readOnly = true)
	public Set<Long> overdue(Collection<CaseRow> rows) {
		try {
			return deadlines.overdue(rows.stream().map(CaseRow::id).collect(Collectors.toList()));
		}
		catch (BusinessRuleException ex) {
			return Set.of();
		}
	}

}
