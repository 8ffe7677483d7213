package cn.street.civil.household.internal;

/** What the household history records. */
public enum HouseholdEventType {

	REGISTERED, UPDATED, MEMBER_ADDED, MEMBER_UPDATED, MEMBER_LEFT, MEMBER_JOINED, HEAD_CHANGED, MOVED_OUT, DECEASED,
	SPLIT, MERGED, DISSOLVED, IMPORTED

}
