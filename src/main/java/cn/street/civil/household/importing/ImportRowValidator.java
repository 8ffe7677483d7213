package cn.street.civil.household.importing;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

import cn.street.civil.community.CommunityDirectory;
import cn.street.civil.community.CommunityRef;
import cn.street.civil.household.ResidenceType;
import cn.street.civil.household.internal.BankAccount;
import cn.street.civil.household.internal.Employment;
import cn.street.civil.household.internal.HouseholdDetails;
import cn.street.civil.household.internal.HouseholdService;
import cn.street.civil.household.internal.MaritalStatus;
import cn.street.civil.household.internal.PersonDetails;
import cn.street.civil.household.internal.Persons;
import cn.street.civil.shared.excel.ImportedRow;
import cn.street.civil.shared.excel.ImportedSheet;
import cn.street.civil.shared.security.DataScope;
import cn.street.civil.shared.text.HalfWidth;
import cn.street.civil.shared.web.BusinessRuleException;
import cn.street.civil.shared.web.FieldRuleException;

import org.springframework.stereotype.Component;

/**
 * Checks an import file row by row and household by household, collecting every reason a row is refused
 * (a row can have several) instead of stopping at the first. Writes nothing.
 */
@Component
class ImportRowValidator {

	private static final Pattern PHONE = Pattern.compile("[0-9+\\- ]{0,20}");

	private static final Pattern HOUSEHOLD_NO = Pattern.compile("[0-9A-Za-z-]{1,30}");

	/** Columns of numbers and codes: full-width digits typed with a Chinese input method count as digits. */
	private static final Set<ImportColumn> NUMBER_COLUMNS = EnumSet.of(ImportColumn.HOUSEHOLD_NO,
			ImportColumn.HOUSEHOLD_PHONE, ImportColumn.BANK_ACCOUNT, ImportColumn.ID_NUMBER, ImportColumn.PHONE);

	private final Persons persons;

	private final CommunityDirectory communities;

	private final ImportLookups lookups;

	private final ImportLabels labels;

	ImportRowValidator(Persons persons, CommunityDirectory communities, ImportLookups lookups, ImportLabels labels) {
		this.persons = persons;
		this.communities = communities;
		this.lookups = lookups;
		this.labels = labels;
	}

	/**
	 * @param scope the communities the rows may belong to (the uploader's)
	 * @throws BusinessRuleException when the file lacks a required column or has no data row
	 */
	ImportPreview check(ImportedSheet sheet, DataScope scope) {
		requireColumns(sheet.headers());
		if (sheet.rows().isEmpty()) {
			throw new BusinessRuleException("import.file.no-rows");
		}
		List<CheckedRow> rows = sheet.rows().stream().map(this::checkPerson).toList();
		rejectRepeatedIdNumbers(rows);
		rejectRegisteredPersons(rows);
		Map<String, List<CheckedRow>> groups = new LinkedHashMap<>();
		List<ImportedHousehold> households = new ArrayList<>();
		for (CheckedRow row : rows) {
			if (row.has(ImportColumn.HOUSEHOLD_NO)) {
				groups.computeIfAbsent(row.householdNo(), k -> new ArrayList<>()).add(row);
			}
			else {
				row.reject(labels.message("import.row.household-no.required"));
				households.add(new ImportedHousehold("", List.of(row)));
			}
		}
		Set<String> used = lookups.usedHouseholdNumbers(groups.keySet());
		Map<String, Optional<CommunityRef>> communityCache = new HashMap<>();
		groups.forEach((number, members) -> households
			.add(checkHousehold(new ImportedHousehold(number, members), used, scope, communityCache)));
		return new ImportPreview(rows.size(), households);
	}

	private void requireColumns(List<String> headers) {
		List<String> missing = Arrays.stream(ImportColumn.values())
			.filter(ImportColumn::required)
			.map(labels::header)
			.filter(h -> !headers.contains(h))
			.toList();
		if (!missing.isEmpty()) {
			throw new BusinessRuleException("import.file.missing-columns", String.join("、", missing));
		}
	}

	private CheckedRow checkPerson(ImportedRow source) {
		Map<ImportColumn, String> values = new EnumMap<>(ImportColumn.class);
		for (ImportColumn column : ImportColumn.values()) {
			String text = source.get(labels.header(column));
			values.put(column, NUMBER_COLUMNS.contains(column) ? HalfWidth.of(text) : text);
		}
		CheckedRow row = new CheckedRow(source.rowNumber(), values);
		String name = row.value(ImportColumn.NAME);
		if (name.isEmpty()) {
			row.reject(labels.message("import.row.name.required"));
		}
		else if (name.length() > 50) {
			row.reject(labels.message("import.row.name.size"));
		}
		checkIdNumber(row);
		checkRelation(row);
		if (row.value(ImportColumn.ETHNICITY).length() > 20) {
			row.reject(labels.message("import.row.ethnicity.size"));
		}
		if (!PHONE.matcher(row.value(ImportColumn.PHONE)).matches()) {
			row.reject(labels.message("import.row.phone.pattern"));
		}
		if (row.value(ImportColumn.HEALTH_NOTES).length() > 500) {
			row.reject(labels.message("import.row.health.size"));
		}
		MaritalStatus marital = label(row, ImportColumn.MARITAL_STATUS, labels::maritalStatus,
				"import.row.marital.unknown", labels.maritalChoices());
		Employment employment = label(row, ImportColumn.EMPLOYMENT, labels::employment, "import.row.employment.unknown",
				labels.employmentChoices());
		row.details(new PersonDetails(name, blankToNull(row.value(ImportColumn.ETHNICITY)),
				blankToNull(row.value(ImportColumn.PHONE)), marital, employment,
				blankToNull(row.value(ImportColumn.HEALTH_NOTES))));
		return row;
	}

	private void checkIdNumber(CheckedRow row) {
		String raw = row.value(ImportColumn.ID_NUMBER);
		if (raw.isEmpty()) {
			row.reject(labels.message("import.row.id-number.required"));
			return;
		}
		try {
			row.idNumber(persons.parse(raw, "idNumber"));
		}
		catch (FieldRuleException ex) {
			row.reject(labels.message(ex));
		}
	}

	private void checkRelation(CheckedRow row) {
		String label = row.value(ImportColumn.RELATION);
		if (label.isEmpty()) {
			row.reject(labels.message("import.row.relation.required"));
			return;
		}
		labels.relation(label)
			.ifPresentOrElse(row::relation,
					() -> row.reject(labels.message("import.row.relation.unknown", label, labels.relationChoices())));
	}

	/** An optional label column: empty is null, an unknown label is refused. */
	private <E> E label(CheckedRow row, ImportColumn column, Function<String, Optional<E>> parser, String unknownKey,
			String choices) {
		String text = row.value(column);
		if (text.isEmpty()) {
			return null;
		}
		Optional<E> parsed = parser.apply(text);
		if (parsed.isEmpty()) {
			row.reject(labels.message(unknownKey, text, choices));
		}
		return parsed.orElse(null);
	}

	/** The same person twice in the file: every occurrence is refused, naming the others. */
	private void rejectRepeatedIdNumbers(List<CheckedRow> rows) {
		Map<String, List<CheckedRow>> byNumber = new HashMap<>();
		rows.stream()
			.filter(r -> r.idNumber() != null)
			.forEach(r -> byNumber.computeIfAbsent(r.idNumber().value(), k -> new ArrayList<>()).add(r));
		for (List<CheckedRow> same : byNumber.values()) {
			if (same.size() > 1) {
				for (CheckedRow row : same) {
					String others = String.join("、", same.stream()
						.filter(o -> o != row)
						.map(o -> String.valueOf(o.rowNumber()))
						.toList());
					row.reject(labels.message("import.row.id-number.repeated", others));
				}
			}
		}
	}

	private void rejectRegisteredPersons(List<CheckedRow> rows) {
		Map<String, CheckedRow> byHash = new HashMap<>();
		rows.stream().filter(r -> r.idNumber() != null).forEach(r -> byHash.put(persons.blindIndex(r.idNumber()), r));
		Map<String, Long> registered = lookups.registeredPersons(byHash.keySet());
		if (registered.isEmpty()) {
			return;
		}
		Map<Long, String> names = communities.names();
		rows.stream().filter(r -> r.idNumber() != null).forEach(r -> {
			Long community = registered.get(persons.blindIndex(r.idNumber()));
			if (community != null) {
				r.reject(labels.message("import.row.id-number.registered", names.getOrDefault(community, "")));
			}
		});
	}

	private ImportedHousehold checkHousehold(ImportedHousehold household, Set<String> used, DataScope scope,
			Map<String, Optional<CommunityRef>> communityCache) {
		String number = household.householdNo();
		if (!HOUSEHOLD_NO.matcher(number).matches()) {
			household.rows().forEach(r -> r.reject(labels.message("import.row.household-no.format")));
		}
		else if (used.contains(number)) {
			household.rows().forEach(r -> r.reject(labels.message("import.row.household-no.taken", number)));
		}
		List<CheckedRow> heads = household.heads();
		if (heads.size() != 1) {
			String reason = labels.message(
					heads.isEmpty() ? "import.row.household.no-head" : "import.row.household.several-heads");
			household.rows().forEach(r -> r.reject(reason));
			return household;
		}
		CheckedRow head = heads.get(0);
		Long communityId = community(head, scope, communityCache);
		HouseholdDetails details = householdDetails(head);
		BankAccount bank = bank(head);
		for (CheckedRow member : household.members()) {
			for (ImportColumn column : ImportColumn.values()) {
				if (column.householdLevel() && member.has(column) && !member.value(column).equals(head.value(column))) {
					member.reject(labels.message("import.row.household.mismatch", labels.header(column)));
				}
			}
		}
		household.describe(communityId, details, bank);
		return household;
	}

	private Long community(CheckedRow head, DataScope scope, Map<String, Optional<CommunityRef>> cache) {
		String text = head.value(ImportColumn.COMMUNITY);
		if (text.isEmpty()) {
			head.reject(labels.message("import.row.community.required"));
			return null;
		}
		Optional<CommunityRef> community = cache.computeIfAbsent(text,
				t -> communities.byNameOrCode(t).filter(CommunityRef::active));
		if (community.isEmpty()) {
			head.reject(labels.message("import.row.community.unknown", text));
			return null;
		}
		if (!scope.includes(community.get().id())) {
			head.reject(labels.message("import.row.community.not-own", community.get().name()));
			return null;
		}
		return community.get().id();
	}

	private HouseholdDetails householdDetails(CheckedRow head) {
		String address = head.value(ImportColumn.ADDRESS);
		if (address.isEmpty()) {
			head.reject(labels.message("import.row.address.required"));
		}
		else if (address.length() > 200) {
			head.reject(labels.message("import.row.address.size"));
		}
		String typeLabel = head.value(ImportColumn.RESIDENCE_TYPE);
		ResidenceType type = labels.residenceType(typeLabel).orElse(null);
		if (type == null) {
			head.reject(labels.message(typeLabel.isEmpty() ? "import.row.residence-type.required"
					: "import.row.residence-type.unknown", typeLabel));
		}
		String phone = head.value(ImportColumn.HOUSEHOLD_PHONE);
		if (!PHONE.matcher(phone).matches()) {
			head.reject(labels.message("import.row.household-phone.pattern"));
		}
		return new HouseholdDetails(address, blankToNull(phone), type);
	}

	private BankAccount bank(CheckedRow head) {
		BankAccount bank = new BankAccount(blankToNull(head.value(ImportColumn.BANK_NAME)),
				blankToNull(head.value(ImportColumn.BANK_ACCOUNT)), blankToNull(head.value(ImportColumn.BANK_HOLDER)));
		if (head.value(ImportColumn.BANK_NAME).length() > 50) {
			head.reject(labels.message("import.row.bank-name.size"));
		}
		if (head.value(ImportColumn.BANK_HOLDER).length() > 50) {
			head.reject(labels.message("import.row.bank-holder.size"));
		}
		try {
			HouseholdService.validateBank(bank);
		}
		catch (FieldRuleException ex) {
			head.reject(labels.message(ex));
		}
		return bank;
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text;
	}

}
