package cn.street.civil.household;

/** Why a membership period ended. */
enum MembershipEndReason {

	MOVED, SPLIT, MERGED, MOVED_OUT, DECEASED, RELATION_CHANGED

}
