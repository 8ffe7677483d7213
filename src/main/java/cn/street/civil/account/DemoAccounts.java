package cn.street.civil.account;


import cn.street.civil.community.CommunityDirectory;
import cn.street.civil.community.CommunityRef;
import cn.street.civil.shared.demo.DemoDataLoader;
import cn.street.civil.shared.demo.DemoStaff;
import cn.street.civil.shared.security.Role;

import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo mode: one account per role plus one community caseworker per community, all with the password
 * printed in the README. Never active outside the {@code demo} profile.
 */
@Component
@Profile("demo")
@Order(20)
class DemoAccounts implements DemoDataLoader {

	private final AccountRepository accounts;

	private final CommunityDirectory communities;

	private final PasswordEncoder encoder;

	DemoAccounts(AccountRepository accounts, CommunityDirectory communities, PasswordEncoder encoder) {
		this.accounts = accounts;
		this.communities = communities;
		this.encoder = encoder;
	}

	@Override
	@Transactional
	public void load() {
		String hash = encoder.encode(DemoStaff.PASSWORD);
		ensure("admin", "系统管理员", Role.ADMIN, null, hash);
		ensure("auditor", "审计员", Role.AUDITOR, null, hash);
		ensure(DemoStaff.CHIEF, "王科长", Role.CHIEF, null, hash);
		ensure(DemoStaff.STREET_CASEWORKER, "刘经办", Role.STREET_CASEWORKER, null, hash);
		for (DemoStaff.CommunityLogin staff : DemoStaff.COMMUNITY_LOGINS) {
			communities.byNameOrCode(staff.community())
				.map(CommunityRef::id)
				.ifPresent(id -> ensure(staff.login(), staff.community() + "社区专干", Role.COMMUNITY_CASEWORKER, id,
						hash));
		}
	}

	private void ensure(String username, String name, Role role, Long communityId, String hash) {
		if (!accounts.existsByUsernameIgnoreCase(username)) {
			Account account = new Account(username, name, role, communityId, hash);
			account.markPasswordFinal();
			accounts.save(account);
		}
	}

}
