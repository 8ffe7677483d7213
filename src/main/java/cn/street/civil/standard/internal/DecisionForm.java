package cn.street.civil.standard.internal;

/**
 * The chief's approve or reject: the version seen on the review page, and for a rejection the reason. Text
 * only, so binding never fails.
 */
record DecisionForm(String version, String reason) {

	static DecisionForm of(long version) {
		return new DecisionForm(String.valueOf(version), "");
	}

	/** The version seen, or -1 (never current) when it is missing or garbled. */
	long versionSeen() {
		return parse(version);
	}

	static long parse(String version) {
		try {
			return version == null ? -1 : Long.parseLong(version.strip());
		}
		catch (NumberFormatException ex) {
			return -1;
		}
	}

}
