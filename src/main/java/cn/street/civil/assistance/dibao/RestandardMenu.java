package cn.street.civil.assistance.dibao;

import java.util.List;
import java.util.Set;

import cn.street.civil.shared.security.Role;
import cn.street.civil.shared.web.MenuContribution;
import cn.street.civil.shared.web.MenuEntry;

import org.springframework.stereotype.Component;

/** 调标批次 in the menu, for the street caseworker (prepares) and the chief (approves). */
@Component
class RestandardMenu implements MenuContribution {

	@Override
	public List<MenuEntry> menuEntries() {
		return List.of(new MenuEntry("restandard", "dibao.restandard.nav", "dibao.restandard.home", "/dibao/restandard",
				210, Set.of(Role.CHIEF, Role.STREET_CASEWORKER)));
	}

}
