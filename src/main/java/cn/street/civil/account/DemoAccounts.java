package cn.street.civil.account;

import java.util.List;

import cn.street.civil.community.CommunityDirectory;
import cn.street.civil.community.CommunityRef;
import cn.street.civil.shared.demo.DemoDataLoader;
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

	static final String PASSWORD = "Demo@2026";

	/** Community name → login of its caseworker. */
	static final List<String[]> COMMUNITY_LOGINS = List.of(new String[] { "洪苑", "hongyuan" },
			new String[] { "世纪园", "shijiyuan" }, new String[] { "辛甸", "xindian" },
			new String[] { "上海花园", "shanghaihuayuan" }, new String[] { "化纤", "huaxian" },
			new String[] { "七里河", "qilihe" }, new String[] { "东风", "dongfeng" }, new String[] { "祝甸", "zhudian" },
			new String[] { "洪楼", "honglou" }, new String[] { "西周", "xizhou" }, new String[] { "花园", "huayuan" });

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
		String hash = encoder.encode(PASSWORD);
		ensure("admin", "系统管理员", Role.ADMIN, null, hash);
		ensure("auditor", "审计员", Role.AUDITOR, null, hash);
		ensure("chief", "王科长", Role.CHIEF, null, hash);
		ensure("jiedao", "刘经办", Role.STREET_CASEWORKER, null, hash);
		for (String[] pair : COMMUNITY_LOGINS) {
			communities.byNameOrCode(pair[0])
				.map(CommunityRef::id)
				.ifPresent(id -> ensure(pair[1], pair[0] + "社区专干", Role.COMMUNITY_CASEWORKER, id, hash));
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
