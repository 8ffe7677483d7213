package cn.street.civil.household;

/** Where an Excel import stands: checked and waiting for confirmation, imported, or given up. */
enum ImportStatus {

	PREVIEWED, COMMITTED, DISCARDED

}
