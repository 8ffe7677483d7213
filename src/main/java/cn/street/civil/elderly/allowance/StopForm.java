package cn.street.civil.elderly.allowance;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A manual stop (停发): the reason, the first month no longer paid ("yyyy-MM"), a note and the version seen. */
public record StopForm(@NotNull(message = "{elderly.stop.reason.required}") StopReason reason,
		@NotBlank(message = "{elderly.stop.month.required}") String fromMonth,
		@Size(max = 200, message = "{elderly.note.size200}") String note, Long version) {

}
