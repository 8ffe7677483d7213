package cn.street.civil.elderly.homecare;

import java.time.LocalDateTime;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.springframework.format.annotation.DateTimeFormat;

/** A planned visit: who, which item, when (office time), how long. */
public record PlanForm(@NotNull(message = "{homecare.order.person.required}") Long personId,
		@NotNull(message = "{homecare.order.item.required}") Long itemId,
		@NotNull(message = "{homecare.order.start.required}") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime plannedStart,
		@NotNull(message = "{homecare.order.minutes.required}") @Min(value = 1, message = "{homecare.order.minutes.range}") @Max(value = 600, message = "{homecare.order.minutes.range}") Integer plannedMinutes) {

	static PlanForm empty(Long personId) {
		return new PlanForm(personId, null, null, 60);
	}

}
