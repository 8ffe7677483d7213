package cn.street.civil.disability.internal;

import java.util.List;

import cn.street.civil.shared.security.Roles;
import cn.street.civil.shared.web.MenuContribution;
import cn.street.civil.shared.web.MenuEntry;

import org.springframework.stereotype.Component;

/** 残疾人 in the menu and under 常用功能. */
@Component
class DisabilityMenu implements MenuContribution {

	@Override
	public List<MenuEntry> menuEntries() {
		return List.of(new MenuEntry("disability", "nav.disability", "home.entry.disability", "/disability/certificates",
				400, Roles.CASE_READERS));
	}

}
