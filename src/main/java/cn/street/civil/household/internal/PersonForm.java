package cn.street.civil.household.internal;

import cn.street.civil.shared.text.HalfWidth;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * 修改人员信息. The 身份证号 and phone fields are left empty to keep the stored (masked) values; typing one corrects it (birth
 * date and sex follow). {@code version} is what the user saw.
 */
public record PersonForm(@NotBlank(message = "{person.name.required}") @Size(max = 50, message = "{person.name.size}") String name,
		@Size(max = 20, message = "{person.id-number.size}") String idNumber,
		@Size(max = 20, message = "{person.ethnicity.size}") String ethnicity,
		@Pattern(regexp = "[0-9+\\- ]{0,20}", message = "{phone.pattern}") String phone, MaritalStatus maritalStatus,
		Employment employment, @Size(max = 500, message = "{person.health.size}") String healthNotes,
		@Size(max = 200, message = "{change.reason.size}") String reason, Boolean clearPhone, Long version) {

	/** Numbers typed with a Chinese input method (全角 digits) count as digits. */
	public PersonForm {
		phone = HalfWidth.of(phone);
	}

	public static PersonForm of(Person p) {
		return new PersonForm(p.getName(), null, p.getEthnicity(), null, p.getMaritalStatus(), p.getEmployment(),
				p.getHealthNotes(), null, false, p.getVersion());
	}

	/** The details to store; the phone is shown masked, so an empty field keeps the stored one. */
	PersonDetails details(String storedPhone) {
		return new PersonDetails(name, ethnicity, MaskedField.typedOrKept(phone, storedPhone, clearPhone), maritalStatus,
				employment, healthNotes);
	}

}
