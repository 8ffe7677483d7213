package cn.street.civil.shared.web;

import java.util.Comparator;
import java.util.List;

import cn.street.civil.shared.security.CurrentUser;
import cn.street.civil.shared.security.Role;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The menu and the home page's to-dos, assembled from every module's {@link MenuContribution} and
 * {@link HomeTodo}: adding a module adds its entries without editing the layout. Templates call it as
 * {@code ${@navigation.menu(#authentication.principal)}}.
 */
@Component("navigation")
public class Navigation {

	private final List<MenuEntry> entries;

	private final ObjectProvider<HomeTodo> todos;

	Navigation(ObjectProvider<MenuContribution> contributions, ObjectProvider<HomeTodo> todos) {
		this.entries = contributions.orderedStream()
			.flatMap(c -> c.menuEntries().stream())
			.sorted(Comparator.comparingInt(MenuEntry::order))
			.toList();
		this.todos = todos;
	}

	/** The menu entries the principal's role may see (none before login). */
	public List<MenuEntry> menu(Object principal) {
		Role role = principal instanceof CurrentUser user ? user.role() : null;
		return entries.stream().filter(e -> e.visibleTo(role)).toList();
	}

	/** The entries shown under 常用功能 on the home page. */
	public List<MenuEntry> homeEntries(Object principal) {
		return menu(principal).stream().filter(e -> e.homeKey() != null).toList();
	}

	/** The user's open to-dos (count above zero), in order. */
	public List<HomeTodo.Todo> todos(CurrentUser user) {
		return todos.orderedStream()
			.flatMap(t -> t.todos(user).stream())
			.filter(t -> t.count() > 0)
			.sorted(Comparator.comparingInt(HomeTodo.Todo::order))
			.toList();
	}

}
