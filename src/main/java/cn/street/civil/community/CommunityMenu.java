package cn.street.civil.community;

import java.util.List;
import java.util.Set;

import cn.street.civil.shared.security.Role;
import cn.street.civil.shared.web.MenuContribution;
import cn.street.civil.shared.web.MenuEntry;

import org.springframework.stereotype.Component;

/** 社区管理 in the menu, for the admin. */
@Component
class CommunityMenu implements MenuContribution {

	@Override
	public List<MenuEntry> menuEntries() {
		return List.of(new MenuEntry("communities", "nav.communities", "home.entry.communities", "/admin/communities",
				910, Set.of(Role.ADMIN)));
	}

}
