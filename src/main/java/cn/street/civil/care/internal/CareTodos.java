package cn.street.civil.care.internal;

import java.util.List;

import cn.street.civil.shared.security.CurrentUser;
import cn.street.civil.shared.web.HomeTodo;

import org.springframework.stereotype.Component;

/** The 丧葬补助 due after a recipient's death, for the caseworkers allowed to record it. */
@Component
class CareTodos implements HomeTodo {

	private final CareQueries queries;

	private final CareAccess access;

	CareTodos(CareQueries queries, CareAccess access) {
		this.queries = queries;
		this.access = access;
	}

	@Override
	public List<Todo> todos(CurrentUser user) {
		if (!access.writes(user.role())) {
			return List.of();
		}
		return List.of(new Todo("care.todo.funeral", queries.funeralDue(user), "/care/recipients?funeralDue=true", 450));
	}

}
