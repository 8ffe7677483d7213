package cn.street.civil.account;

import java.time.Clock;

import cn.street.civil.community.CommunityDirectory;
import cn.street.civil.community.CommunityRef;
import cn.street.civil.shared.audit.AuditRecord;
import cn.street.civil.shared.audit.Changes;
import cn.street.civil.shared.persistence.OptimisticLock;
import cn.street.civil.shared.security.CurrentUser;
import cn.street.civil.shared.security.Role;
import cn.street.civil.shared.web.BusinessRuleException;
import cn.street.civil.shared.web.NotFoundException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The admin's account use cases, and each user's own password change. */
@Service
@Transactional
class AccountService {

	private final AccountRepository accounts;

	private final CommunityDirectory communities;

	private final PasswordEncoder encoder;

	private final PasswordPolicy policy;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	AccountService(AccountRepository accounts, CommunityDirectory communities, PasswordEncoder encoder,
			PasswordPolicy policy, ApplicationEventPublisher events, Clock clock) {
		this.accounts = accounts;
		this.communities = communities;
		this.encoder = encoder;
		this.policy = policy;
		this.events = events;
		this.clock = clock;
	}

	@PreAuthorize("hasRole('ADMIN')")
	@Transactional(readOnly = true)
	Page<Account> search(String q, Role role, Long communityId, Pageable pageable) {
		return accounts.search(q, role, communityId, pageable);
	}

	@PreAuthorize("hasRole('ADMIN')")
	@Transactional(readOnly = true)
	Account get(long id) {
		return accounts.findById(id).orElseThrow(() -> new NotFoundException("account", id));
	}

	/** Creates the account with a temporary password (returned once) that must be changed at first login. */
	@PreAuthorize("hasRole('ADMIN')")
	String create(AccountForm form) {
		if (accounts.existsByUsernameIgnoreCase(form.username())) {
			throw new BusinessRuleException("account.username.taken", form.username());
		}
		Long communityId = checkedCommunity(form.role(), form.communityId());
		String temporary = policy.temporaryPassword();
		Account account = accounts.save(new Account(form.username(), form.displayName(), form.role(), communityId,
				encoder.encode(temporary)));
		audit(account, "CREATE", "新建账号 " + account.getUsername() + "（" + account.getDisplayName() + "）",
				"角色: " + account.getRole() + (communityId == null ? "" : "\n社区: " + communityName(communityId)));
		return temporary;
	}

	@PreAuthorize("hasRole('ADMIN')")
	void update(long id, AccountForm form) {
		Account account = get(id);
		OptimisticLock.check(account, form.version() == null ? -1 : form.version(), id);
		Long communityId = checkedCommunity(form.role(), form.communityId());
		if (isSelf(account) && form.role() != Role.ADMIN) {
			throw new BusinessRuleException("account.self.demote");
		}
		Changes changes = new Changes().field("姓名", account.getDisplayName(), form.displayName())
			.field("角色", account.getRole(), form.role())
			.field("社区", communityName(account.getCommunityId()), communityName(communityId));
		account.rename(form.displayName());
		account.assign(form.role(), communityId);
		audit(account, "UPDATE", "修改账号 " + account.getUsername(), changes.toString());
	}

	@PreAuthorize("hasRole('ADMIN')")
	void setEnabled(long id, boolean enabled) {
		Account account = get(id);
		if (!enabled && isSelf(account)) {
			throw new BusinessRuleException("account.self.disable");
		}
		if (account.isEnabled() != enabled) {
			account.setEnabled(enabled);
			audit(account, enabled ? "ENABLE" : "DISABLE",
					(enabled ? "启用账号 " : "停用账号 ") + account.getUsername(), null);
		}
	}

	/** Sets a new temporary password (returned once); the user must change it at the next login. */
	@PreAuthorize("hasRole('ADMIN')")
	String resetPassword(long id) {
		Account account = get(id);
		String temporary = policy.temporaryPassword();
		account.resetPassword(encoder.encode(temporary));
		audit(account, "RESET_PASSWORD", "重置账号密码 " + account.getUsername(), null);
		return temporary;
	}

	@PreAuthorize("hasRole('ADMIN')")
	void unlock(long id) {
		Account account = get(id);
		account.unlock();
		audit(account, "UNLOCK", "解锁账号 " + account.getUsername(), null);
	}

	/** Any logged-in user changes their own password; the current one must be given. */
	@PreAuthorize("isAuthenticated()")
	void changeOwnPassword(long accountId, PasswordChangeForm form) {
		Account account = accounts.findById(accountId).orElseThrow(() -> new NotFoundException("account", accountId));
		if (!encoder.matches(form.currentPassword(), account.getPasswordHash())) {
			throw new BusinessRuleException("password.current.wrong");
		}
		if (!form.newPassword().equals(form.confirmPassword())) {
			throw new BusinessRuleException("password.confirm.mismatch");
		}
		if (form.newPassword().equals(form.currentPassword())) {
			throw new BusinessRuleException("password.same-as-old");
		}
		policy.check(account.getUsername(), form.newPassword());
		account.changePassword(encoder.encode(form.newPassword()), clock.instant());
		audit(account, "CHANGE_PASSWORD", "修改本人密码 " + account.getUsername(), null);
	}

	private Long checkedCommunity(Role role, Long communityId) {
		if (!role.needsCommunity()) {
			return null;
		}
		if (communityId == null) {
			throw new BusinessRuleException("account.community.required");
		}
		CommunityRef community = communities.byId(communityId)
			.filter(CommunityRef::active)
			.orElseThrow(() -> new BusinessRuleException("account.community.unknown"));
		return community.id();
	}

	private String communityName(Long communityId) {
		return communityId == null ? null : communities.byId(communityId).map(CommunityRef::name).orElse("#" + communityId);
	}

	private static boolean isSelf(Account account) {
		return CurrentUser.current().map(u -> u.accountId() == account.getId()).orElse(false);
	}

	private void audit(Account account, String action, String summary, String details) {
		events.publishEvent(AuditRecord.of("account", action, "Account", account.getId(), account.getCommunityId(), summary)
			.withDetails(details));
	}

}
