package cn.street.civil.community;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** What the admin types for a community; {@code version} is the version the admin saw. */
record CommunityForm(
		@NotBlank(message = "{community.code.required}") @Pattern(regexp = "[0-9A-Za-z]{1,20}",
				message = "{community.code.pattern}") String code,
		@NotBlank(message = "{community.name.required}") @Size(max = 50, message = "{community.name.size}") String name,
		@NotNull(message = "{community.population.required}") @Min(value = 0,
				message = "{community.population.range}") @Max(value = 10_000_000,
						message = "{community.population.range}") Integer population,
		Long version) {

	static CommunityForm empty() {
		return new CommunityForm("", "", 0, null);
	}

	static CommunityForm of(Community c) {
		return new CommunityForm(c.getCode(), c.getName(), c.getPopulation(), c.getVersion());
	}

}
