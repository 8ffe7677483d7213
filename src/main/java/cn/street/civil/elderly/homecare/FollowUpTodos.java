package cn.street.civil.elderly.homecare;

import java.time.Clock;
import java.time.YearMonth;
import java.util.List;

import cn.street.civil.shared.security.CurrentUser;
import cn.street.civil.shared.security.Role;
import cn.street.civil.shared.web.HomeTodo;
import cn.street.civil.standard.StandardMissingException;

import org.springframework.stereotype.Component;

/** The caseworkers' to-do: confirmed orders drawn for a follow-up call (回访) and not yet called, in their scope. */
@Component
class FollowUpTodos implements HomeTodo {

	private final HomeCareQueries queries;

	private final Clock clock;

	FollowUpTodos(HomeCareQueries queries, Clock clock) {
		this.queries = queries;
		this.clock = clock;
	}

	@Override
	public List<Todo> todos(CurrentUser user) {
		if (user.role() != Role.COMMUNITY_CASEWORKER && user.role() != Role.STREET_CASEWORKER) {
			return List.of();
		}
		try {
			YearMonth month = YearMonth.now(clock);
			return List.of(new Todo("homecare.todo.follow-up", queries.sampledWaiting(month, user.scope()),
					"/elderly/home-care/orders?sampled=true&month=" + month, 521));
		}
		catch (StandardMissingException ex) {
			return List.of();
		}
	}

}
