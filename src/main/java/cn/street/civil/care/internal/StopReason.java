package cn.street.civil.care.internal;

/** Why a recipient is no longer paid; labels {@code care.stop.<NAME>}. */
public enum StopReason {

	DEATH, MOVED_OUT, DISQUALIFIED, OTHER

}
