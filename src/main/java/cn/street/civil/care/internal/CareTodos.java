package cn.street.civil.care.internal;

import java.util.List;

import cn.street.civil.shared.security.CurrentUser;
import cn.street.civil.shared.web.HomeTodo;

import org.springframework.stereotype.Component;

/** The 丧葬补助 due after a recipient's death and the households without their 光荣牌, for the caseworkers. */
@Component
class CareTodos implements HomeTodo {

	private final CareQueries queries;

	private final CareAccess access;

	private final PlaqueQueries plaques;

	CareTodos(CareQueries queries, CareAccess access, PlaqueQueries plaques) {
		this.queries = queries;
		this.access = access;
		this.plaques = plaques;
	}

	@Override
	public List<Todo> todos(CurrentUser user) {
		if (!access.writes(user.role())) {
			return List.of();
		}
		return List.of(new Todo("care.todo.funeral", queries.funeralDue(user), "/care/recipients?funeralDue=true", 450),
				new Todo("care.todo.plaque", plaques.without(user), "/care/plaques?without=true", 451));
	}

}
