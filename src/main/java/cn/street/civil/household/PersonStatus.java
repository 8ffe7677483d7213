package cn.street.civil.household;

/** A person's record is never deleted: the dead and the moved-out keep it, with the date. */
public enum PersonStatus {

	ACTIVE, DECEASED, MOVED_OUT

}
