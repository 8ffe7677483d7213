package cn.street.civil.shared.security;

import java.io.Serial;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;

/** The logged-in account as every module sees it: who, which role, which community. */
public final class CurrentUser implements UserDetails, CredentialsContainer {

	@Serial
	private static final long serialVersionUID = 1L;

	private final long accountId;

	private final String username;

	private final String displayName;

	private final Role role;

	private final Long communityId;

	private final boolean enabled;

	private final boolean nonLocked;

	private final boolean mustChangePassword;

	private String passwordHash;

	public CurrentUser(long accountId, String username, String displayName, Role role, Long communityId,
			String passwordHash, boolean enabled, boolean nonLocked, boolean mustChangePassword) {
		this.accountId = accountId;
		this.username = username;
		this.displayName = displayName;
		this.role = role;
		this.communityId = communityId;
		this.passwordHash = passwordHash;
		this.enabled = enabled;
		this.nonLocked = nonLocked;
		this.mustChangePassword = mustChangePassword;
	}

	/** The user of the current request, if someone is logged in. */
	public static Optional<CurrentUser> current() {
		Authentication auth = SecurityContextHolder.getContext().getAuthentication();
		return auth != null && auth.getPrincipal() instanceof CurrentUser user ? Optional.of(user) : Optional.empty();
	}

	public long accountId() {
		return accountId;
	}

	public String displayName() {
		return displayName;
	}

	public Role role() {
		return role;
	}

	public Long communityId() {
		return communityId;
	}

	public boolean mustChangePassword() {
		return mustChangePassword;
	}

	public DataScope scope() {
		return DataScope.of(role, communityId);
	}

	/** A copy for the session after the user changed their own password. */
	public CurrentUser withPasswordChanged() {
		return new CurrentUser(accountId, username, displayName, role, communityId, null, enabled, nonLocked, false);
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		return List.of(new SimpleGrantedAuthority(role.authority()));
	}

	@Override
	public String getPassword() {
		return passwordHash;
	}

	@Override
	public String getUsername() {
		return username;
	}

	@Override
	public boolean isAccountNonLocked() {
		return nonLocked;
	}

	@Override
	public boolean isEnabled() {
		return enabled;
	}

	@Override
	public void eraseCredentials() {
		passwordHash = null;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof CurrentUser that && that.accountId == accountId;
	}

	@Override
	public int hashCode() {
		return Long.hashCode(accountId);
	}

	@Override
	public String toString() {
		return username + " (" + role + ")";
	}

}
