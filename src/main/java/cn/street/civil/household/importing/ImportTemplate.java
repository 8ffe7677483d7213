package cn.street.civil.household.importing;

import java.util.List;

import cn.street.civil.community.CommunityRef;
import cn.street.civil.household.Relation;
import cn.street.civil.shared.idcard.IdCardNumber;

/**
 * The example rows of the import template: one household of two (head and spouse), fictional, with valid
 * check digits so that a user can see what passes. The spouse's row leaves the household columns empty:
 * they are taken from the head's row.
 */
final class ImportTemplate {

	private ImportTemplate() {
	}

	static List<List<String>> examples(CommunityRef community, ImportLabels labels) {
		String head = withCheckDigit("37010219680512003");
		String spouse = withCheckDigit("37010219700823004");
		String number = community.code() + "-900001";
		String married = labels.message("marital.MARRIED");
		List<String> headRow = List.of(community.name(), number, labels.message("import.template.address"),
				labels.message("household.residence.URBAN"), "0531-88001234", labels.message("import.template.bank"),
				"6222 0200 0000 0000 018", labels.message("import.template.head-name"),
				labels.message("import.template.head-name"), head, labels.relationLabel(Relation.HEAD),
				labels.message("import.template.ethnicity"), "13800000001", married,
				labels.message("employment.EMPLOYED"), labels.message("import.template.health"));
		List<String> spouseRow = List.of(community.name(), number, "", "", "", "", "", "",
				labels.message("import.template.spouse-name"), spouse, labels.relationLabel(Relation.SPOUSE),
				labels.message("import.template.ethnicity"), "13800000002", married,
				labels.message("employment.RETIRED"), labels.message("import.template.health"));
		return List.of(headRow, spouseRow);
	}

	private static String withCheckDigit(String first17) {
		return first17 + IdCardNumber.checkDigit(first17);
	}

}
