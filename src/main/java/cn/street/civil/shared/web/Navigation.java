package cn.street.civil.shared.web;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import cn.street.civil.shared.security.CurrentUser;
import cn.street.civil.shared.security.Role;

import jakarta.servlet.ServletContext;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.util.HtmlUtils;

/**
 * The menu and the home page's to-dos, assembled from every module's {@link MenuContribution} and
 * {@link HomeTodo}: adding a module adds its entries without editing the layout. The layout shows the menu as
 * {@code ${@navigation.menuHtml(#authentication.principal, menu)}}: the list items rendered once per role and
 * active entry, since the menu is the same on every page of a role and, as a template loop, cost three expressions
 * per entry on every page.
 */
@Component("navigation")
public class Navigation {

	private final List<MenuEntry> entries;

	private final ObjectProvider<HomeTodo> todos;

	private final MessageSource messages;

	private final String contextPath;

	private final Map<String, String> menuHtml = new ConcurrentHashMap<>();

	private final TransactionTemplate readOnly;

	Navigation(ObjectProvider<MenuContribution> contributions, ObjectProvider<HomeTodo> todos, MessageSource messages,
			ServletContext servletContext, PlatformTransactionManager transactions) {
		this.entries = contributions.orderedStream()
			.flatMap(c -> c.menuEntries().stream())
			.sorted(Comparator.comparingInt(MenuEntry::order))
			.toList();
		this.todos = todos;
		this.messages = messages;
		this.contextPath = servletContext.getContextPath();
		this.readOnly = new TransactionTemplate(transactions);
		this.readOnly.setReadOnly(true);
	}

	/**
	 * The principal's menu as HTML list items ({@code <li class="nav-item"><a class="nav-link">}), the entry whose
	 * id is {@code active} marked active; labels from the message bundles, escaped. Empty before login.
	 */
	public String menuHtml(Object principal, String active) {
		if (!(principal instanceof CurrentUser user)) {
			return "";
		}
		return menuHtml.computeIfAbsent(user.role() + "|" + active, key -> render(menu(user), active));
	}

	private String render(List<MenuEntry> visible, String active) {
		StringBuilder html = new StringBuilder();
		for (MenuEntry entry : visible) {
			html.append("<li class=\"nav-item\"><a class=\"nav-link")
				.append(entry.id().equals(active) ? " active" : "")
				.append("\" href=\"")
				.append(HtmlUtils.htmlEscape(contextPath + entry.href()))
				.append("\">")
				.append(HtmlUtils.htmlEscape(messages.getMessage(entry.labelKey(), null, Locale.SIMPLIFIED_CHINESE)))
				.append("</a></li>\n");
		}
		return html.toString();
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

	/**
	 * The user's open to-dos (count above zero), in order. All modules' counts run in one read-only transaction on
	 * one connection: each on its own took a connection from the pool, and those behind a transactional service
	 * paid a {@code BEGIN READ ONLY} and a {@code COMMIT} each (five per home page). The transaction is always
	 * rolled back: it only reads, and a module that catches a refusal of a transactional service (a standard
	 * missing for the month) has marked it rollback-only, which at commit would fail the whole page.
	 */
	public List<HomeTodo.Todo> todos(CurrentUser user) {
		return readOnly.execute(status -> {
			List<HomeTodo.Todo> open = todos.orderedStream()
				.flatMap(t -> t.todos(user).stream())
				.filter(t -> t.count() > 0)
				.sorted(Comparator.comparingInt(HomeTodo.Todo::order))
				.toList();
			status.setRollbackOnly();
			return open;
		});
	}

}
