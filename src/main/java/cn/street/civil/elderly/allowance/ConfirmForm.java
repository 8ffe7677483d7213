package cn.street.civil.elderly.allowance;

import java.time.LocalDate;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * The caseworker's confirmation of a newly eligible person: the survival check (生存认证) and its day; optionally a
 * back pay (补发) from a month ("yyyy-MM") with its reason, for months already past.
 */
public record ConfirmForm(@NotNull(message = "{elderly.confirm.survival.required}") @AssertTrue(message = "{elderly.confirm.survival.required}") Boolean survivalConfirmed,
		@NotNull(message = "{elderly.confirm.survival-date.required}") @PastOrPresent(message = "{elderly.confirm.survival-date.future}")
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate survivalCheckedOn,
		BackpayReason backpayReason, String backpayFrom,
		@Size(max = 200, message = "{elderly.note.size200}") String backpayNote) {

	static ConfirmForm empty(LocalDate today) {
		return new ConfirmForm(false, today, null, null, null);
	}

}
