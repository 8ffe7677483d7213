package cn.street.civil.assistance.casework;

/**
 * A procedure rule beyond the state table, checked by {@link CaseWorkflow#perform} after the role, version,
 * state and four-eyes checks and before the programme's step, in the same transaction: it refuses with a
 * {@link cn.street.civil.shared.web.BusinessRuleException} (a clear message, nothing changes). The same check
 * decides whether a button is shown ({@link CaseWorkflow#permits}). E.g. {@link CommunityReviewRule}.
 */
public interface CaseGuard {

	/**
	 * @param c the case (its state may already be the target's)
	 * @param from the state the action starts from
	 */
	void check(AssistanceCase c, CaseState from, CaseAction action);

}
