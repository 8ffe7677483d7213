package cn.street.civil.shared.web;

import java.util.List;

/** A module's entries in the top menu and under 常用功能 on the home page; declare it as a bean. */
public interface MenuContribution {

	List<MenuEntry> menuEntries();

}
