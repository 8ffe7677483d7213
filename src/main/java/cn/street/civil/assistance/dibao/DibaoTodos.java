package cn.street.civil.assistance.dibao;

import java.util.ArrayList;
import java.util.List;

import cn.street.civil.assistance.casework.CaseState;
import cn.street.civil.shared.security.CurrentUser;
import cn.street.civil.shared.web.HomeTodo;

import org.springframework.stereotype.Component;

/**
 * The 低保 to-dos of the signed-in user, in their scope: the community caseworker investigates new
 * applications and objections, the street caseworker reviews and starts notices, the chief confirms; every
 * caseworker sees the cases a registry change asks to review.
 */
@Component
class DibaoTodos implements HomeTodo {

	private final DibaoQueries queries;

	DibaoTodos(DibaoQueries queries) {
		this.queries = queries;
	}

	@Override
	public List<Todo> todos(CurrentUser user) {
		List<Todo> todos = new ArrayList<>();
		switch (user.role()) {
			case COMMUNITY_CASEWORKER -> {
				todos.add(todo("assistance.todo.investigate", CaseState.APPLIED, user, 200));
				todos.add(todo("assistance.todo.objections", CaseState.OBJECTED, user, 201));
				todos.add(new Todo("assistance.todo.needs-review", queries.count(null, true, user),
						"/dibao/cases?needsReview=true", 205));
			}
			case STREET_CASEWORKER -> {
				todos.add(todo("assistance.todo.review", CaseState.INVESTIGATED, user, 202));
				todos.add(todo("assistance.todo.notice", CaseState.REVIEWED, user, 203));
				todos.add(new Todo("assistance.todo.needs-review", queries.count(null, true, user),
						"/dibao/cases?needsReview=true", 205));
			}
			case CHIEF -> todos.add(todo("assistance.todo.confirm", CaseState.ON_NOTICE, user, 204));
			default -> {
			}
		}
		return todos;
	}

	private Todo todo(String key, CaseState state, CurrentUser user, int order) {
		return new Todo(key, queries.count(state, null, user), "/dibao/cases?state=" + state, order);
	}

}
