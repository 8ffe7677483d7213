package cn.street.civil.standard.internal;

import java.util.List;

import cn.street.civil.shared.security.CurrentUser;
import cn.street.civil.shared.security.Roles;
import cn.street.civil.shared.web.HomeTodo;

import org.springframework.stereotype.Component;

/** The chief's to-do: proposals of the 政策标准 waiting for a decision (not counting the chief's own). */
@Component
class PendingProposalsTodo implements HomeTodo {

	private final StandardValueRepository values;

	PendingProposalsTodo(StandardValueRepository values) {
		this.values = values;
	}

	@Override
	public List<Todo> todos(CurrentUser user) {
		if (!Roles.APPROVERS.contains(user.role())) {
			return List.of();
		}
		long pending = values.countByStatusAndCreatedByNot(StandardStatus.PENDING, user.getUsername());
		return List.of(new Todo("standard.todo.pending", pending, "/standards/proposals", 150));
	}

}
