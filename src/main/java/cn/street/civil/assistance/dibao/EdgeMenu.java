package cn.street.civil.assistance.dibao;

import java.util.List;

import cn.street.civil.shared.security.Roles;
import cn.street.civil.shared.web.MenuContribution;
import cn.street.civil.shared.web.MenuEntry;

import org.springframework.stereotype.Component;

/** 低保边缘家庭 in the menu and under 常用功能. */
@Component
class EdgeMenu implements MenuContribution {

	@Override
	public List<MenuEntry> menuEntries() {
		return List.of(new MenuEntry("edge", "nav.edge", "home.entry.edge", "/edge/cases", 210, Roles.CASE_READERS));
	}

}
