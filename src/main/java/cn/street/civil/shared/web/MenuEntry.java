package cn.street.civil.shared.web;

import java.util.Set;

import cn.street.civil.shared.security.Role;

/**
 * An entry of the top menu, contributed by a module through {@link MenuContribution}.
 *
 * @param id what a page passes to the layout as its {@code menu} to mark the entry active
 * @param labelKey message key of the menu text
 * @param homeKey message key of the entry's line under 常用功能 on the home page, or null for none
 * @param href where it leads, inside the application
 * @param order position in the menu (low first): registry 100s, programmes 200–700, payouts 800s,
 * administration 900s
 * @param roles who sees it
 */
public record MenuEntry(String id, String labelKey, String homeKey, String href, int order, Set<Role> roles) {

	public MenuEntry {
		roles = Set.copyOf(roles);
	}

	public boolean visibleTo(Role role) {
		return role != null && roles.contains(role);
	}

}
