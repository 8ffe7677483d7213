package cn.street.civil.household.importing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import cn.street.civil.household.Relation;
import cn.street.civil.household.internal.Household;
import cn.street.civil.household.internal.HouseholdEventType;
import cn.street.civil.household.internal.HouseholdHistory;
import cn.street.civil.household.internal.HouseholdRepository;
import cn.street.civil.household.internal.Membership;
import cn.street.civil.household.internal.MembershipRepository;
import cn.street.civil.household.internal.Person;
import cn.street.civil.household.internal.Persons;

import org.springframework.stereotype.Component;

/**
 * Registers one checked household of an import: its persons (through {@link Persons}, which checks the
 * 身份证号 once more), the household with the 户号 from the file, memberships from the import date and one
 * IMPORTED line in the household history. Runs inside the caller's transaction.
 */
@Component
class ImportedHouseholdWriter {

	private final Persons registry;

	private final HouseholdRepository households;

	private final MembershipRepository memberships;

	private final HouseholdHistory history;

	private final ImportLabels labels;

	ImportedHouseholdWriter(Persons registry, HouseholdRepository households, MembershipRepository memberships,
			HouseholdHistory history, ImportLabels labels) {
		this.registry = registry;
		this.households = households;
		this.memberships = memberships;
		this.history = history;
		this.labels = labels;
	}

	void write(ImportedHousehold imported, String reason, LocalDate today) {
		long communityId = imported.communityId();
		CheckedRow headRow = imported.head();
		Person head = register(headRow, communityId);
		Household household = new Household(communityId, imported.householdNo(), imported.details(), head.getId());
		household.setBankAccount(imported.bank(), registry.protector());
		households.save(household);
		memberships.save(new Membership(household.getId(), head.getId(), Relation.HEAD, today));
		List<String> lines = new ArrayList<>();
		lines.add(labels.message("import.event.address", household.getAddress()));
		if (household.hasBankAccount()) {
			lines.add(labels.message("import.event.bank", household.getMaskedBankAccount()));
		}
		lines.add(member(Relation.HEAD, head));
		for (CheckedRow row : imported.members()) {
			Person person = register(row, communityId);
			memberships.save(new Membership(household.getId(), person.getId(), row.relation(), today));
			lines.add(member(row.relation(), person));
		}
		history.record(household, head.getId(), HouseholdEventType.IMPORTED, today, reason,
				labels.message("import.event.summary", household.getHouseholdNo(), head.getName(),
						String.valueOf(imported.size())),
				String.join("\n", lines));
	}

	private Person register(CheckedRow row, long communityId) {
		return registry.register(row.idNumber().value(), row.details(), communityId, "idNumber");
	}

	private String member(Relation relation, Person person) {
		return labels.message("import.event.member", labels.relationLabel(relation), person.getName(),
				person.getMaskedIdNumber());
	}

}
