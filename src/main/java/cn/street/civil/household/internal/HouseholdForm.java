package cn.street.civil.household.internal;

import cn.street.civil.household.ResidenceType;
import cn.street.civil.shared.text.HalfWidth;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * 修改户信息. An empty account number with a bank name keeps the stored (encrypted) number, so editing the
 * address does not require retyping it; {@code clearBankAccount} removes it. {@code version} is what the
 * user saw.
 */
public record HouseholdForm(
		@NotBlank(message = "{household.address.required}") @Size(max = 200,
				message = "{household.address.size}") String address,
		@Pattern(regexp = "[0-9+\\- ]{0,20}", message = "{phone.pattern}") String phone,
		@NotNull(message = "{household.residence-type.required}") ResidenceType residenceType,
		@Size(max = 50, message = "{bank.name.size}") String bankName,
		@Pattern(regexp = "[0-9 -]{0,40}", message = "{bank.account.pattern}") String bankAccount,
		@Size(max = 50, message = "{bank.holder.size}") String bankAccountHolder, Boolean clearBankAccount,
		Boolean clearPhone, Long version) {

	/** Numbers typed with a Chinese input method (全角 digits) count as digits. */
	public HouseholdForm {
		phone = HalfWidth.of(phone);
		bankAccount = HalfWidth.of(bankAccount);
	}

	public static HouseholdForm of(Household h) {
		return new HouseholdForm(h.getAddress(), null, h.getResidenceType(), h.getBankName(), null,
				h.getBankAccountHolder(), false, false, h.getVersion());
	}

	/** The details to store; the phone is shown masked, so an empty field keeps the stored one. */
	HouseholdDetails details(String storedPhone) {
		return new HouseholdDetails(address, MaskedField.typedOrKept(phone, storedPhone, clearPhone), residenceType);
	}

}
