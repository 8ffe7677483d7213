package cn.street.civil.household.internal;

import cn.street.civil.household.ResidenceType;
import cn.street.civil.shared.text.HalfWidth;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * 登记新户: the household and its head in one form. For a community caseworker the community comes from
 * the account, never from this form.
 */
public record NewHouseholdForm(Long communityId,
		@Size(max = 30, message = "{household.no.size}") @Pattern(regexp = "[0-9A-Za-z-]*",
				message = "{household.no.pattern}") String householdNo,
		@NotBlank(message = "{household.address.required}") @Size(max = 200,
				message = "{household.address.size}") String address,
		@Pattern(regexp = "[0-9+\\- ]{0,20}", message = "{phone.pattern}") String phone,
		@NotNull(message = "{household.residence-type.required}") ResidenceType residenceType,
		@Size(max = 50, message = "{bank.name.size}") String bankName,
		@Pattern(regexp = "[0-9 -]{0,40}", message = "{bank.account.pattern}") String bankAccount,
		@Size(max = 50, message = "{bank.holder.size}") String bankAccountHolder,
		@NotBlank(message = "{person.name.required}") @Size(max = 50, message = "{person.name.size}") String headName,
		@NotBlank(message = "{person.id-number.required}") @Size(max = 20,
				message = "{person.id-number.size}") String headIdNumber,
		@Size(max = 20, message = "{person.ethnicity.size}") String headEthnicity,
		@Pattern(regexp = "[0-9+\\- ]{0,20}", message = "{phone.pattern}") String headPhone,
		MaritalStatus headMaritalStatus, Employment headEmployment,
		@Size(max = 500, message = "{person.health.size}") String headHealthNotes) {

	/** Numbers typed with a Chinese input method (全角 digits) count as digits. */
	public NewHouseholdForm {
		householdNo = HalfWidth.of(householdNo);
		phone = HalfWidth.of(phone);
		bankAccount = HalfWidth.of(bankAccount);
		headPhone = HalfWidth.of(headPhone);
	}

	public static NewHouseholdForm empty() {
		return new NewHouseholdForm(null, null, null, null, ResidenceType.URBAN, null, null, null, null, null, "汉族",
				null, null, null, null);
	}

	HouseholdDetails details() {
		return new HouseholdDetails(address, phone, residenceType);
	}

	BankAccount bank() {
		return new BankAccount(bankName, bankAccount, bankAccountHolder);
	}

	PersonDetails head() {
		return new PersonDetails(headName, headEthnicity, headPhone, headMaritalStatus, headEmployment, headHealthNotes);
	}

}
