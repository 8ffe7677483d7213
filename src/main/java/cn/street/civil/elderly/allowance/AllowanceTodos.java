package cn.street.civil.elderly.allowance;

import java.util.List;

import cn.street.civil.shared.security.CurrentUser;
import cn.street.civil.shared.web.HomeTodo;
import cn.street.civil.standard.StandardMissingException;

import org.springframework.stereotype.Component;

/** The caseworkers' to-do: persons newly eligible for the 高龄补贴 next month, waiting for confirmation. */
@Component
class AllowanceTodos implements HomeTodo {

	private final AllowanceQueries queries;

	private final AllowanceService service;

	AllowanceTodos(AllowanceQueries queries, AllowanceService service) {
		this.queries = queries;
		this.service = service;
	}

	@Override
	public List<Todo> todos(CurrentUser user) {
		if (!user.role().handlesCases() || user.role() == cn.street.civil.shared.security.Role.CHIEF) {
			return List.of();
		}
		try {
			return List.of(new Todo("elderly.todo.eligible", queries.eligibleCount(service.nextMonth(), user.scope()),
					"/elderly/allowance/eligible", 500));
		}
		catch (StandardMissingException ex) {
			return List.of();
		}
	}

}
