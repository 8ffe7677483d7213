package cn.street.civil.audit;

import java.util.List;
import java.util.Set;

import cn.street.civil.shared.security.Role;
import cn.street.civil.shared.web.MenuContribution;
import cn.street.civil.shared.web.MenuEntry;

import org.springframework.stereotype.Component;

/** 审计日志 in the menu, for the auditor (and the admin, who sees login and account entries only). */
@Component
class AuditMenu implements MenuContribution {

	@Override
	public List<MenuEntry> menuEntries() {
		return List.of(new MenuEntry("audit", "nav.audit", "home.entry.audit", "/audit", 950,
				Set.of(Role.AUDITOR, Role.ADMIN)));
	}

}
