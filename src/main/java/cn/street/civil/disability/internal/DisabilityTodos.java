package cn.street.civil.disability.internal;

import java.util.List;

import cn.street.civil.shared.security.CurrentUser;
import cn.street.civil.shared.security.Roles;
import cn.street.civil.shared.web.HomeTodo;

import org.springframework.stereotype.Component;

/** The caseworkers' to-do: certificates in their scope whose 复评/换证 date has come. */
@Component
class DisabilityTodos implements HomeTodo {

	private final CertificateQueries queries;

	DisabilityTodos(CertificateQueries queries) {
		this.queries = queries;
	}

	@Override
	public List<Todo> todos(CurrentUser user) {
		if (!Roles.CASE_WRITERS.contains(user.role())) {
			return List.of();
		}
		return List.of(new Todo("disability.todo.review-due", queries.reviewDue(user),
				"/disability/certificates?reviewDue=true", 400));
	}

}
