package cn.street.civil.household.importing;

/** Where an Excel import stands: checked and waiting for confirmation, imported, or given up. */
enum ImportStatus {

	PREVIEWED, COMMITTED, DISCARDED

}
