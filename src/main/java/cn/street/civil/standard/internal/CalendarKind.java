package cn.street.civil.standard.internal;

/** What a dated calendar entry says about its day. */
enum CalendarKind {

	/** 法定节假日 / 放假调休: not a working day. */
	HOLIDAY,
	/** 调休上班: a Saturday or Sunday that is a working day. */
	WORKDAY

}
