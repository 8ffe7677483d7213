package cn.street.civil.shared.web;

import java.util.List;

import cn.street.civil.shared.security.CurrentUser;

/**
 * A module's to-do counts on the home page (待办事项) for the signed-in user, e.g. "待复核的低保 12 户".
 * Counted in the user's data scope; items with a count of 0 are not shown.
 */
public interface HomeTodo {

	List<Todo> todos(CurrentUser user);

	/**
	 * @param labelKey message key with one argument, the count (e.g. {@code household.todo.imports=待确认的导入 {0} 个})
	 * @param count how many
	 * @param href the list that shows them
	 * @param order position among the to-dos (low first)
	 */
	record Todo(String labelKey, long count, String href, int order) {
	}

}
