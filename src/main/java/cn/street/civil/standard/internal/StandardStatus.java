package cn.street.civil.standard.internal;

/** Where a row stands: proposed, in force (approved), or refused. */
enum StandardStatus {

	PENDING, APPROVED, REJECTED

}
