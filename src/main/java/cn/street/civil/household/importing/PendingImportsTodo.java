package cn.street.civil.household.importing;

import java.util.List;

import cn.street.civil.shared.security.CurrentUser;
import cn.street.civil.shared.security.Roles;
import cn.street.civil.shared.web.HomeTodo;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The caseworker's uploaded but neither confirmed nor discarded imports, as a to-do on the home page. */
@Component
class PendingImportsTodo implements HomeTodo {

	private final JdbcClient jdbc;

	PendingImportsTodo(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public List<Todo> todos(CurrentUser user) {
		if (!Roles.CASE_WRITERS.contains(user.role())) {
			return List.of();
		}
		long pending = jdbc.sql("select count(*) from household_import where status = 'PREVIEWED' and uploaded_by = :user")
			.param("user", user.getUsername())
			.query(Long.class)
			.single();
		return List.of(new Todo("household.todo.imports", pending, "/household-imports", 100));
	}

}
