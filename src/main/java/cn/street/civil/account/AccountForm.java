package cn.street.civil.account;

import cn.street.civil.shared.security.Role;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * What the admin edits on an account. The username is only taken on creation; {@code version} is the
 * version the admin saw (stale-edit check). Nothing else (enabled, lock, password) is bindable here.
 */
record AccountForm(
		@NotBlank(message = "{account.username.required}") @Pattern(regexp = "[A-Za-z0-9_.-]{3,50}",
				message = "{account.username.pattern}") String username,
		@NotBlank(message = "{account.display-name.required}") @Size(max = 50,
				message = "{account.display-name.size}") String displayName,
		@NotNull(message = "{account.role.required}") Role role, Long communityId, Long version) {

	static AccountForm empty() {
		return new AccountForm("", "", null, null, null);
	}

	static AccountForm of(Account a) {
		return new AccountForm(a.getUsername(), a.getDisplayName(), a.getRole(), a.getCommunityId(), a.getVersion());
	}

}
