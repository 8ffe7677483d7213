package cn.street.civil.elderly.homecare;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A provider, new or edited; {@code version} as seen (null for a new one). */
public record ProviderForm(@NotBlank(message = "{homecare.provider.name.required}") @Size(max = 100, message = "{homecare.provider.name.size}") String name,
		@NotBlank(message = "{homecare.contact.required}") @Size(max = 50, message = "{homecare.contact.size}") String contact,
		@NotBlank(message = "{homecare.phone.required}") @Pattern(regexp = "[0-9-]{7,20}", message = "{homecare.phone.format}") String phone,
		Boolean active, Long version) {

	static ProviderForm empty() {
		return new ProviderForm(null, null, null, true, null);
	}

}
