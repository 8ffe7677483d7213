package cn.street.civil.elderly.homecare;

import java.util.List;

import cn.street.civil.shared.security.CurrentUser;
import cn.street.civil.shared.security.Role;
import cn.street.civil.shared.web.HomeTodo;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The chief's to-do: home-care settlements waiting for approval (one count, no role check needed beyond the role). */
@Component
class SettlementTodos implements HomeTodo {

	private final JdbcClient jdbc;

	SettlementTodos(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public List<Todo> todos(CurrentUser user) {
		if (user.role() != Role.CHIEF) {
			return List.of();
		}
		long waiting = jdbc.sql("select count(*) from home_care_settlement where status = 'PREPARED' and order_count > 0")
			.query(Long.class)
			.single();
		return List.of(new Todo("homecare.todo.approve", waiting, "/elderly/home-care/settlements", 520));
	}

}
