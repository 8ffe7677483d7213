package cn.street.civil.household.importing;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import cn.street.civil.household.Relation;
import cn.street.civil.household.internal.PersonDetails;
import cn.street.civil.shared.idcard.IdCardNumber;
import cn.street.civil.shared.privacy.Masking;

/**
 * One person row of an import file after its checks: the values as written, what could be parsed, and
 * every reason (in Chinese) the row is refused. A row without reasons may still be held back when another
 * row of its household is refused.
 */
final class CheckedRow {

	private final int rowNumber;

	private final Map<ImportColumn, String> values;

	private final List<String> reasons = new ArrayList<>();

	private IdCardNumber idNumber;

	private Relation relation;

	private PersonDetails details;

	CheckedRow(int rowNumber, Map<ImportColumn, String> values) {
		this.rowNumber = rowNumber;
		this.values = Map.copyOf(values);
	}

	int rowNumber() {
		return rowNumber;
	}

	/** The stripped text of the column; empty when the column is absent or blank. */
	String value(ImportColumn column) {
		return values.getOrDefault(column, "");
	}

	boolean has(ImportColumn column) {
		return !value(column).isEmpty();
	}

	String householdNo() {
		return value(ImportColumn.HOUSEHOLD_NO);
	}

	/** The 身份证号 as written, masked (first 6 and last 4): never shown in full on a page. */
	String maskedIdNumber() {
		return Masking.idNumber(value(ImportColumn.ID_NUMBER));
	}

	void reject(String reason) {
		if (!reasons.contains(reason)) {
			reasons.add(reason);
		}
	}

	boolean ok() {
		return reasons.isEmpty();
	}

	List<String> reasons() {
		return Collections.unmodifiableList(reasons);
	}

	boolean isHead() {
		return relation == Relation.HEAD;
	}

	IdCardNumber idNumber() {
		return idNumber;
	}

	void idNumber(IdCardNumber idNumber) {
		this.idNumber = idNumber;
	}

	Relation relation() {
		return relation;
	}

	void relation(Relation relation) {
		this.relation = relation;
	}

	PersonDetails details() {
		return details;
	}

	void details(PersonDetails details) {
		this.details = details;
	}

	ImportPreview.BadRow toBadRow() {
		return new ImportPreview.BadRow(rowNumber, householdNo(), value(ImportColumn.NAME), maskedIdNumber(),
				List.copyOf(reasons));
	}

}
