package cn.street.civil.elderly.homecare;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A new worker of a provider. */
public record WorkerForm(@NotBlank(message = "{homecare.worker.name.required}") @Size(max = 50, message = "{homecare.worker.name.size}") String name,
		@NotBlank(message = "{homecare.phone.required}") @Pattern(regexp = "[0-9-]{7,20}", message = "{homecare.phone.format}") String phone) {

	static WorkerForm empty() {
		return new WorkerForm(null, null);
	}

}
