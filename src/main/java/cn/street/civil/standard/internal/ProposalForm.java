package cn.street.civil.standard.internal;

/**
 * What the street caseworker types for a proposal, all text (so binding never fails): {@link ProposalParser}
 * checks it against the item's kind of value. {@code version} is the version seen when revising a pending
 * proposal.
 */
record ProposalForm(String item, String validFrom, String value, String note, String version) {

	static ProposalForm empty(StandardItem item, String validFrom) {
		return new ProposalForm(item.code(), validFrom, "", "", null);
	}

	/** The version seen, or -1 (never current) when it is missing or garbled. */
	long versionSeen() {
		return DecisionForm.parse(version);
	}

}
