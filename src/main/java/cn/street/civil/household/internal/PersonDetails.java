package cn.street.civil.household.internal;

/** The editable facts about a person other than the 身份证号. */
public record PersonDetails(String name, String ethnicity, String phone, MaritalStatus maritalStatus, Employment employment,
		String healthNotes) {
}
