package cn.street.civil.household.internal;

import java.time.LocalDate;

import cn.street.civil.household.Relation;
import cn.street.civil.shared.text.HalfWidth;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

/** 添加家庭成员: a new person joining the household from a date. */
public record MemberForm(
		@NotBlank(message = "{person.name.required}") @Size(max = 50, message = "{person.name.size}") String name,
		@NotBlank(message = "{person.id-number.required}") @Size(max = 20,
				message = "{person.id-number.size}") String idNumber,
		@NotNull(message = "{member.relation.required}") Relation relation,
		@Size(max = 20, message = "{person.ethnicity.size}") String ethnicity,
		@Pattern(regexp = "[0-9+\\- ]{0,20}", message = "{phone.pattern}") String phone, MaritalStatus maritalStatus,
		Employment employment, @Size(max = 500, message = "{person.health.size}") String healthNotes,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate joinedOn) {

	/** Numbers typed with a Chinese input method (全角 digits) count as digits. */
	public MemberForm {
		phone = HalfWidth.of(phone);
	}

	public static MemberForm empty(LocalDate today) {
		return new MemberForm(null, null, null, "汉族", null, null, null, null, today);
	}

	PersonDetails details() {
		return new PersonDetails(name, ethnicity, phone, maritalStatus, employment, healthNotes);
	}

}
