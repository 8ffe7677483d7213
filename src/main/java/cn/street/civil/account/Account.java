package cn.street.civil.account;

import java.time.Instant;

import cn.street.civil.shared.persistence.AuditedEntity;
import cn.street.civil.shared.security.CurrentUser;
import cn.street.civil.shared.security.Role;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A login account: one role, and for community caseworkers exactly one community. */
@Entity
@Table(name = "account")
class Account extends AuditedEntity {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String username;

	private String displayName;

	private String passwordHash;

	@Enumerated(EnumType.STRING)
	private Role role;

	private Long communityId;

	private boolean enabled = true;

	private boolean mustChangePassword = true;

	private int failedAttempts;

	private Instant lockedUntil;

	private Instant passwordChangedAt;

	private Instant lastLoginAt;

	protected Account() {
	}

	Account(String username, String displayName, Role role, Long communityId, String passwordHash) {
		this.username = username;
		this.displayName = displayName;
		assign(role, communityId);
		this.passwordHash = passwordHash;
	}

	/** Role and community go together: a community caseworker needs one, every other role has none. */
	void assign(Role role, Long communityId) {
		this.role = role;
		this.communityId = role.needsCommunity() ? communityId : null;
	}

	void rename(String displayName) {
		this.displayName = displayName;
	}

	/** An admin set a temporary password: the user must replace it at the next login. */
	void resetPassword(String hash) {
		this.passwordHash = hash;
		this.mustChangePassword = true;
		this.failedAttempts = 0;
		this.lockedUntil = null;
	}

	void changePassword(String hash, Instant now) {
		this.passwordHash = hash;
		this.mustChangePassword = false;
		this.passwordChangedAt = now;
	}

	/** Demo accounts have published passwords and no forced change. */
	void markPasswordFinal() {
		this.mustChangePassword = false;
	}

	void setEnabled(boolean enabled) {
		this.enabled = enabled;
	}

	void unlock() {
		this.failedAttempts = 0;
		this.lockedUntil = null;
	}

	boolean isLockedAt(Instant now) {
		return lockedUntil != null && lockedUntil.isAfter(now);
	}

	CurrentUser toCurrentUser(Instant now) {
		return new CurrentUser(id, username, displayName, role, communityId, passwordHash, enabled, !isLockedAt(now),
				mustChangePassword);
	}

	public Long getId() {
		return id;
	}

	public String getUsername() {
		return username;
	}

	public String getDisplayName() {
		return displayName;
	}

	public String getPasswordHash() {
		return passwordHash;
	}

	public Role getRole() {
		return role;
	}

	public Long getCommunityId() {
		return communityId;
	}

	public boolean isEnabled() {
		return enabled;
	}

	public boolean isMustChangePassword() {
		return mustChangePassword;
	}

	public int getFailedAttempts() {
		return failedAttempts;
	}

	public Instant getLockedUntil() {
		return lockedUntil;
	}

	public Instant getLastLoginAt() {
		return lastLoginAt;
	}

}
