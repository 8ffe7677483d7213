package cn.street.civil.household;

/** The editable facts of a household besides the bank account. */
record HouseholdDetails(String address, String phone, ResidenceType residenceType) {
}
