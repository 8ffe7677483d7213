package cn.street.civil.household.importing;

import java.util.List;

import cn.street.civil.household.internal.BankAccount;
import cn.street.civil.household.internal.HouseholdDetails;

/**
 * The rows of an import file with the same 户号: one household. It is imported only if every one of its
 * rows passed; the household facts (community, address, 城乡类别, phone, bank account) come from the head's
 * row.
 */
final class ImportedHousehold {

	private final String householdNo;

	private final List<CheckedRow> rows;

	private Long communityId;

	private HouseholdDetails details;

	private BankAccount bank;

	ImportedHousehold(String householdNo, List<CheckedRow> rows) {
		this.householdNo = householdNo;
		this.rows = List.copyOf(rows);
	}

	void describe(Long communityId, HouseholdDetails details, BankAccount bank) {
		this.communityId = communityId;
		this.details = details;
		this.bank = bank;
	}

	String householdNo() {
		return householdNo;
	}

	List<CheckedRow> rows() {
		return rows;
	}

	List<CheckedRow> heads() {
		return rows.stream().filter(CheckedRow::isHead).toList();
	}

	/** The one 户主 row; only meaningful when {@link #importable()}. */
	CheckedRow head() {
		return heads().get(0);
	}

	List<CheckedRow> members() {
		return rows.stream().filter(r -> !r.isHead()).toList();
	}

	boolean importable() {
		return communityId != null && details != null && heads().size() == 1 && rows.stream().allMatch(CheckedRow::ok);
	}

	/** Rows that passed their own checks but wait for the refused rows of the same household. */
	List<CheckedRow> heldBack() {
		return importable() ? List.of() : rows.stream().filter(CheckedRow::ok).toList();
	}

	Long communityId() {
		return communityId;
	}

	HouseholdDetails details() {
		return details;
	}

	BankAccount bank() {
		return bank;
	}

	int size() {
		return rows.size();
	}

}
