package cn.street.civil.account;

import java.util.List;
import java.util.Set;

import cn.street.civil.shared.security.Role;
import cn.street.civil.shared.web.MenuContribution;
import cn.street.civil.shared.web.MenuEntry;

import org.springframework.stereotype.Component;

/** 账号管理 in the menu, for the admin. */
@Component
class AccountMenu implements MenuContribution {

	@Override
	public List<MenuEntry> menuEntries() {
		return List.of(new MenuEntry("accounts", "nav.accounts", "home.entry.accounts", "/admin/accounts", 900,
				Set.of(Role.ADMIN)));
	}

}
