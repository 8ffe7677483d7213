package cn.street.civil.elderly.homecare;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A served elder's entitlement from a month ("yyyy-MM"). */
public record EntitlementForm(@NotNull(message = "{homecare.entitlement.kind.required}") EntitlementKind kind,
		@NotNull(message = "{homecare.entitlement.provider.required}") Long providerId,
		@NotBlank(message = "{homecare.entitlement.from.required}") String fromMonth,
		@NotBlank(message = "{homecare.entitlement.reason.required}") @Size(max = 200, message = "{homecare.size200}") String reason) {

}
