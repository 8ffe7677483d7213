package cn.street.civil.household.internal;

/** Why a membership period ended. */
public enum MembershipEndReason {

	MOVED, SPLIT, MERGED, MOVED_OUT, DECEASED, RELATION_CHANGED

}
