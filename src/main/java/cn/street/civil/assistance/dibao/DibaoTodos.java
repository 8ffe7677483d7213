package cn.street.civil.assistance.dibao;

import java.util.ArrayList;
import java.util.List;

import cn.street.civil.assistance.casework.CaseState;
import cn.street.civil.shared.security.CurrentUser;
import cn.street.civil.shared.security.Role;
import cn.street.civil.shared.web.HomeTodo;

import org.springframework.stereotype.Component;

/**
 * The 低保 to-dos of the signed-in user, in their scope: the community caseworker investigates new
 * applications and objections, the street caseworker reviews and starts notices, the chief confirms; every
 * caseworker sees the cases a registry change asks to review.
 */
@Component
class DibaoTodos implements HomeTodo {

	private final DibaoTallies queries;

	DibaoTodos(DibaoTallies queries) {
		this.queries = queries;
	}

	@Override
	public List<Todo> todos(CurrentUser user) {
		List<Todo> todos = new ArrayList<>();
		if (!List.of(Role.COMMUNITY_CASEWORKER, Role.STREET_CASEWORKER, Role.CHIEF).contains(user.role())) {
			return todos;
		}
		DibaoQueries.Tally tally = queries.tally(user);
		switch (user.role()) {
			case COMMUNITY_CASEWORKER -> {
				todos.add(todo(tally, "assistance.todo.investigate", CaseState.APPLIED, 200));
				todos.add(todo(tally, "assistance.todo.objections", CaseState.OBJECTED, 201));
				todos.add(new Todo("assistance.todo.needs-review", tally.needsReview(),
						"/dibao/cases?needsReview=true", 205));
				reviewTodos(todos, tally);
			}
			case STREET_CASEWORKER -> {
				todos.add(todo(tally, "assistance.todo.review", CaseState.INVESTIGATED, 202));
				todos.add(todo(tally, "assistance.todo.notice", CaseState.REVIEWED, 203));
				todos.add(new Todo("assistance.todo.needs-review", tally.needsReview(),
						"/dibao/cases?needsReview=true", 205));
				reviewTodos(todos, tally);
			}
			case CHIEF -> {
				todos.add(todo(tally, "assistance.todo.confirm", CaseState.ON_NOTICE, 204));
				todos.add(new Todo("dibao.todo.reviews-proposed", tally.reviewsProposed(), "/dibao/cases?state=CONFIRMED",
						208));
				todos.add(new Todo("dibao.todo.restandard", tally.restandardPending(), "/dibao/restandard", 209));
			}
			default -> {
			}
		}
		return todos;
	}

	/** 定期复核 due this month (or earlier) and overdue. */
	private static void reviewTodos(List<Todo> todos, DibaoQueries.Tally tally) {
		todos.add(new Todo("dibao.todo.review-due", tally.reviewDue(), "/dibao/cases?reviewDue=true", 206));
		todos.add(new Todo("dibao.todo.review-overdue", tally.reviewOverdue(), "/dibao/cases?reviewDue=true", 207));
	}

	private static Todo todo(DibaoQueries.Tally tally, String key, CaseState state, int order) {
		return new Todo(key, tally.in(state), "/dibao/cases?state=" + state, order);
	}

}
