package cn.street.civil.assistance.casework;

import java.util.EnumSet;
import java.util.Set;

import cn.street.civil.shared.security.Role;

import static cn.street.civil.assistance.casework.CaseState.APPLIED;
import static cn.street.civil.assistance.casework.CaseState.CONFIRMED;
import static cn.street.civil.assistance.casework.CaseState.INVESTIGATED;
import static cn.street.civil.assistance.casework.CaseState.OBJECTED;
import static cn.street.civil.assistance.casework.CaseState.ON_NOTICE;
import static cn.street.civil.assistance.casework.CaseState.REJECTED;
import static cn.street.civil.assistance.casework.CaseState.REVIEWED;
import static cn.street.civil.assistance.casework.CaseState.TERMINATED;

/**
 * The state machine, as one table: each action names the states it may start from, the state it leads
 * to ({@code null}: the state stays, e.g. the "needs review" flag), the roles that may take it and
 * whether it is a decision under the four-eyes rule (never by the preparer, nor by a staff member the case
 * is declared related to). A programme uses the actions its procedure has.
 */
public enum CaseAction {

	/** 申请 (the first timeline entry; no from-state). */
	APPLY(EnumSet.noneOf(CaseState.class), APPLIED, EnumSet.of(Role.COMMUNITY_CASEWORKER, Role.STREET_CASEWORKER),
			false),
	/** 入户调查 recorded; after an objection this is the re-investigation. */
	INVESTIGATE(EnumSet.of(APPLIED, INVESTIGATED, OBJECTED), INVESTIGATED,
			EnumSet.of(Role.COMMUNITY_CASEWORKER, Role.STREET_CASEWORKER), false),
	/** 审核: the street caseworker's opinion. */
	REVIEW(EnumSet.of(INVESTIGATED), REVIEWED, EnumSet.of(Role.STREET_CASEWORKER), true),
	/** 公示 starts in the community. */
	NOTICE(EnumSet.of(REVIEWED), ON_NOTICE, EnumSet.of(Role.STREET_CASEWORKER), false),
	/** An objection to the notice is recorded. */
	OBJECT(EnumSet.of(ON_NOTICE), OBJECTED, EnumSet.of(Role.COMMUNITY_CASEWORKER, Role.STREET_CASEWORKER), false),
	/** 审核确认 by the chief. */
	CONFIRM(EnumSet.of(ON_NOTICE), CONFIRMED, EnumSet.of(Role.CHIEF), true),
	/** 低保边缘家庭认定 by the chief after the street's assessment (no 公示: the recognition pays no cash). */
	RECOGNISE(EnumSet.of(REVIEWED), CONFIRMED, EnumSet.of(Role.CHIEF), true),
	/** 不予确认, with reasons. */
	REJECT(EnumSet.of(INVESTIGATED, REVIEWED, ON_NOTICE, OBJECTED), REJECTED, EnumSet.of(Role.CHIEF), true),
	/** 终止 (停保), with a reason. */
	TERMINATE(EnumSet.of(CONFIRMED), TERMINATED, EnumSet.of(Role.CHIEF), true),
	/**
	 * 特困 年审: a new assessment; keeps the amount or changes it from a named month (the state stays). A
	 * decision: never by the preparer.
	 */
	YEARLY_REVIEW(EnumSet.of(CONFIRMED), null, EnumSet.of(Role.STREET_CASEWORKER, Role.CHIEF), true),
	/** A registry change asks for a review (set by the system, the state stays). */
	FLAG_REVIEW(EnumSet.complementOf(EnumSet.of(REJECTED, TERMINATED)), null, EnumSet.noneOf(Role.class), false),
	/** The caseworker has looked at the flagged change (the state stays). */
	CLEAR_REVIEW(EnumSet.complementOf(EnumSet.of(REJECTED, TERMINATED)), null,
			EnumSet.of(Role.COMMUNITY_CASEWORKER, Role.STREET_CASEWORKER), false),
	/**
	 * 民主评议 recorded, then a (new) notice: before the first notice or after an objection, as the mode in force
	 * allows ({@link CommunityReviewRule}).
	 */
	COMMUNITY_REVIEW(EnumSet.of(REVIEWED, OBJECTED), REVIEWED,
			EnumSet.of(Role.COMMUNITY_CASEWORKER, Role.STREET_CASEWORKER), false),
	/** The written 不予确认 notice was delivered (the state stays; once, {@link CommunityReviewRule}). */
	NOTIFY_REJECTION(EnumSet.of(REJECTED), null, EnumSet.of(Role.STREET_CASEWORKER, Role.CHIEF), false),
	/** 复核: the caseworker records the review's home visit and new incomes (the state stays). */
	REVIEW_RECORD(EnumSet.of(CONFIRMED), null, EnumSet.of(Role.COMMUNITY_CASEWORKER, Role.STREET_CASEWORKER), false),
	/** 复核: the caseworker proposes the outcome. */
	REVIEW_PROPOSE(EnumSet.of(CONFIRMED), null, EnumSet.of(Role.COMMUNITY_CASEWORKER, Role.STREET_CASEWORKER),
			false),
	/** 复核决定 (keep / increase / decrease) by the chief; 渐退 and 终止 outcomes are {@link #TERMINATE}. */
	REVIEW_DECIDE(EnumSet.of(CONFIRMED), null, EnumSet.of(Role.CHIEF), true),
	/** The chief sends a proposed review back to the caseworker. */
	REVIEW_RETURN(EnumSet.of(CONFIRMED), null, EnumSet.of(Role.CHIEF), false),
	/** The street caseworker changes the case's review class. */
	REVIEW_CLASS(EnumSet.of(CONFIRMED), null, EnumSet.of(Role.STREET_CASEWORKER), false),
	/** 调标: one line of a 调标 batch the chief approved (the batch carries the four-eyes rule). */
	RESTANDARD(EnumSet.of(CONFIRMED), null, EnumSet.of(Role.CHIEF), false),
	/** 停旧建新: the head died; the system ends the case (a successor case is opened). */
	SUCCEED(EnumSet.of(CONFIRMED), TERMINATED, EnumSet.noneOf(Role.class), false);

	private final Set<CaseState> from;

	private final CaseState to;

	private final Set<Role> roles;

	private final boolean fourEyes;

	CaseAction(Set<CaseState> from, CaseState to, Set<Role> roles, boolean fourEyes) {
		this.from = from;
		this.to = to;
		this.roles = roles;
		this.fourEyes = fourEyes;
	}

	public boolean allowedFrom(CaseState state) {
		return from.contains(state);
	}

	/** The state after the action; the same state for the actions that only flag. */
	public CaseState target(CaseState current) {
		return to == null ? current : to;
	}

	public boolean allowedFor(Role role) {
		return roles.contains(role);
	}

	public boolean fourEyes() {
		return fourEyes;
	}

	/** The message key of the action's label, e.g. {@code assistance.action.CONFIRM}. */
	public String labelKey() {
		return "assistance.action." + name();
	}

}
