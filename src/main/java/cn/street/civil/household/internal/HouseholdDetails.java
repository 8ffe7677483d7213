package cn.street.civil.household.internal;

import cn.street.civil.household.ResidenceType;

/** The editable facts of a household besides the bank account. */
public record HouseholdDetails(String address, String phone, ResidenceType residenceType) {
}
