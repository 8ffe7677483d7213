package cn.street.civil.household.importing;

import java.util.Comparator;
import java.util.List;

/**
 * The outcome of checking an import file: every household group of the file, which of them can be
 * imported, the refused rows with their reasons and the rows held back with their household.
 */
record ImportPreview(int totalRows, List<ImportedHousehold> households) {

	ImportPreview {
		households = List.copyOf(households);
	}

	List<ImportedHousehold> importable() {
		return households.stream().filter(ImportedHousehold::importable).toList();
	}

	int importableHouseholds() {
		return importable().size();
	}

	int importablePersons() {
		return importable().stream().mapToInt(ImportedHousehold::size).sum();
	}

	/** Refused rows in file order. */
	List<BadRow> badRows() {
		return households.stream()
			.flatMap(h -> h.rows().stream())
			.filter(r -> !r.ok())
			.sorted(Comparator.comparingInt(CheckedRow::rowNumber))
			.map(CheckedRow::toBadRow)
			.toList();
	}

	int errorRows() {
		return (int) households.stream().flatMap(h -> h.rows().stream()).filter(r -> !r.ok()).count();
	}

	List<HeldHousehold> heldBack() {
		return households.stream()
			.filter(h -> !h.heldBack().isEmpty())
			.map(h -> new HeldHousehold(h.householdNo(), h.heldBack().stream().map(CheckedRow::rowNumber).toList()))
			.toList();
	}

	int heldRows() {
		return households.stream().mapToInt(h -> h.heldBack().size()).sum();
	}

	/** A refused row as the preview page lists it (身份证号 masked). */
	record BadRow(int rowNumber, String householdNo, String name, String maskedIdNumber, List<String> reasons) {
	}

	/** Rows without an error of their own that wait for the rest of their household. */
	record HeldHousehold(String householdNo, List<Integer> rowNumbers) {

		public String rowList() {
			return String.join("、", rowNumbers.stream().map(String::valueOf).toList());
		}

	}

}
