package cn.street.civil.assistance.tekun;

import java.util.ArrayList;
import java.util.List;

import cn.street.civil.assistance.casework.CaseState;
import cn.street.civil.shared.security.CurrentUser;
import cn.street.civil.shared.web.HomeTodo;

import org.springframework.stereotype.Component;

/**
 * The 特困 to-dos of the signed-in user, in their scope, from one grouped count: the community caseworker
 * investigates applications and objections, the street caseworker reviews, starts notices and does the 年审
 * that are due (so does the community caseworker see them, to prepare the visit), the chief confirms.
 */
@Component
class TekunTodos implements HomeTodo {

	private static final String LIST = "/tekun/cases";

	private final TekunTallies queries;

	TekunTodos(TekunTallies queries) {
		this.queries = queries;
	}

	@Override
	public List<Todo> todos(CurrentUser user) {
		List<Todo> todos = new ArrayList<>();
		switch (user.role()) {
			case COMMUNITY_CASEWORKER -> {
				TekunQueries.Tally tally = queries.tally(user);
				todos.add(todo(tally, "tekun.todo.investigate", CaseState.APPLIED, 210));
				todos.add(todo(tally, "tekun.todo.objections", CaseState.OBJECTED, 211));
				todos.add(new Todo("tekun.todo.review-due", tally.reviewDue(), LIST + "?reviewDue=true", 215));
			}
			case STREET_CASEWORKER -> {
				TekunQueries.Tally tally = queries.tally(user);
				todos.add(todo(tally, "tekun.todo.review", CaseState.INVESTIGATED, 212));
				todos.add(todo(tally, "tekun.todo.notice", CaseState.REVIEWED, 213));
				todos.add(new Todo("tekun.todo.review-due", tally.reviewDue(), LIST + "?reviewDue=true", 215));
			}
			case CHIEF -> todos.add(todo(queries.tally(user), "tekun.todo.confirm", CaseState.ON_NOTICE, 214));
			default -> {
			}
		}
		return todos;
	}

	private static Todo todo(TekunQueries.Tally tally, String key, CaseState state, int order) {
		return new Todo(key, tally.in(state), LIST + "?state=" + state, order);
	}

}
