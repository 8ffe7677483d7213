package cn.street.civil.account;

import java.time.Clock;
import java.time.Instant;

import cn.street.civil.shared.audit.AuditRecord;
import cn.street.civil.shared.security.CurrentUser;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads accounts for Spring Security and keeps the lockout count: after {@code maxFailures} wrong
 * passwords in a row the account is locked for {@code duration}; a successful login resets the count.
 * Spring Security 7 has no lockout of its own, so it is built from its authentication events and
 * {@code isAccountNonLocked()}, with an injected clock.
 */
@Component
class LoginBookkeeping implements UserDetailsService {

	private final AccountRepository accounts;

	private final SecurityProperties.Lockout lockout;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	LoginBookkeeping(AccountRepository accounts, SecurityProperties properties, ApplicationEventPublisher events,
			Clock clock) {
		this.accounts = accounts;
		this.lockout = properties.lockout();
		this.events = events;
		this.clock = clock;
	}

	@Override
	@Transactional(readOnly = true)
	public UserDetails loadUserByUsername(String username) {
		return accounts.findByUsernameIgnoreCase(username)
			.map(account -> account.toCurrentUser(clock.instant()))
			.orElseThrow(() -> new UsernameNotFoundException("no such account"));
	}

	@EventListener
	@Transactional
	public void onBadPassword(AuthenticationFailureBadCredentialsEvent event) {
		String username = event.getAuthentication().getName();
		if (username == null || accounts.countFailure(username) == 0) {
			return;
		}
		Instant until = clock.instant().plus(lockout.duration());
		if (accounts.lockIfTooManyFailures(username, lockout.maxFailures(), until) > 0) {
			accounts.findByUsernameIgnoreCase(username)
				.ifPresent(account -> events.publishEvent(AuditRecord.of("login", "ACCOUNT_LOCKED", "Account",
						account.getId(), account.getCommunityId(), "连续 " + lockout.maxFailures() + " 次密码错误，账号锁定至 "
								+ until.atZone(clock.getZone()).toLocalDateTime().withNano(0))));
		}
	}

	@EventListener
	@Transactional
	public void onSuccess(AuthenticationSuccessEvent event) {
		if (event.getAuthentication().getPrincipal() instanceof CurrentUser user) {
			accounts.recordSuccessfulLogin(user.accountId(), clock.instant());
		}
	}

}
