package cn.street.civil.household.importing;

import java.util.Locale;

/**
 * The columns of the household ledger import, one row per person, in template order. The header text of
 * each column is the message {@code import.column.<name>}. Household columns are filled on the head's row;
 * other rows of the same 户号 may leave them empty (or repeat the same value).
 */
enum ImportColumn {

	COMMUNITY(true, true), HOUSEHOLD_NO(true, false), ADDRESS(true, true), RESIDENCE_TYPE(true, true),
	HOUSEHOLD_PHONE(false, true), BANK_NAME(false, true), BANK_ACCOUNT(false, true), BANK_HOLDER(false, true),
	NAME(true, false), ID_NUMBER(true, false), RELATION(true, false), ETHNICITY(false, false), PHONE(false, false),
	MARITAL_STATUS(false, false), EMPLOYMENT(false, false), HEALTH_NOTES(false, false);

	private final boolean required;

	private final boolean householdLevel;

	ImportColumn(boolean required, boolean householdLevel) {
		this.required = required;
		this.householdLevel = householdLevel;
	}

	/** The file is refused when one of these columns is missing from the header row. */
	boolean required() {
		return required;
	}

	/** Describes the household rather than the person: taken from the head's row. */
	boolean householdLevel() {
		return householdLevel;
	}

	String messageKey() {
		return "import.column." + name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

}
