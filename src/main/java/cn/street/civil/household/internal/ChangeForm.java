package cn.street.civil.household.internal;

import java.time.LocalDate;
import java.util.List;

import cn.street.civil.household.Relation;
import cn.street.civil.shared.text.HalfWidth;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * One form for the dated membership changes (移入他户, 迁出, 死亡, 变更户主, 分户, 并户): when, why, and what each
 * change needs — the target household number, the member's new relation, the new head, the members
 * that split off, the new household's address. {@code version} is the household version the user saw.
 */
public record ChangeForm(@NotNull(message = "{change.date.required}") @PastOrPresent(message = "{change.date.future}")
@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
		@NotBlank(message = "{change.reason.required}") @Size(max = 200, message = "{change.reason.size}") String reason,
		@Size(max = 30, message = "{household.no.size}") String targetHouseholdNo, Relation relation,
		Long newHeadPersonId, List<Long> memberIds, @Size(max = 200, message = "{household.address.size}") String address,
		Long version) {

	/** A 户号 typed with a Chinese input method (全角 digits) counts as digits. */
	public ChangeForm {
		targetHouseholdNo = HalfWidth.of(targetHouseholdNo);
	}

	public static ChangeForm empty(LocalDate today, long version) {
		return new ChangeForm(today, null, null, null, null, List.of(), null, version);
	}

	public List<Long> members() {
		return memberIds == null ? List.of() : memberIds;
	}

}
