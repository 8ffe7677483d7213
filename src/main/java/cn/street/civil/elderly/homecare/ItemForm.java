package cn.street.civil.elderly.homecare;

import java.math.BigDecimal;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A service item: code (only when new), name, 元 per hour, the minimum minutes of one visit. */
public record ItemForm(@NotBlank(message = "{homecare.item.code.required}") @Pattern(regexp = "[A-Z0-9_]{2,20}", message = "{homecare.item.code.format}") String code,
		@NotBlank(message = "{homecare.item.name.required}") @Size(max = 50, message = "{homecare.item.name.size}") String name,
		@NotNull(message = "{homecare.item.price.required}") @DecimalMin(value = "0.01", message = "{homecare.item.price.range}")
		@DecimalMax(value = "9999.99", message = "{homecare.item.price.range}") @Digits(integer = 4, fraction = 2, message = "{homecare.item.price.range}") BigDecimal hourlyPrice,
		@NotNull(message = "{homecare.item.minutes.required}") @Min(value = 1, message = "{homecare.item.minutes.range}") @Max(value = 600, message = "{homecare.item.minutes.range}") Integer minMinutes,
		Boolean active, Long version) {

	static ItemForm empty() {
		return new ItemForm(null, null, null, 30, true, null);
	}

}
