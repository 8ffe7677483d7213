package cn.street.civil.assistance.casework;

import cn.street.civil.shared.security.CurrentUser;

/**
 * The simple steps of a programme that has the whole 低保 procedure (审核, 公示, 异议, 不予确认, 终止, 复核完成),
 * each one {@link CaseWorkflow#perform} of the programme's service; the endpoints are
 * {@link CaseActionEndpoints}.
 */
public interface CaseProcedure {

	void review(long id, long version, String opinion, CurrentUser user);

	void startNotice(long id, long version, CurrentUser user);

	void object(long id, long version, String objection, CurrentUser user);

	void reject(long id, long version, String reason, CurrentUser user);

	void terminate(long id, long version, TerminationReason reason, String comment, CurrentUser user);

	void clearReview(long id, long version, String note, CurrentUser user);

}
