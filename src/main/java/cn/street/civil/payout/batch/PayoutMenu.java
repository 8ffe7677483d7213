package cn.street.civil.payout.batch;

import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import cn.street.civil.shared.security.CurrentUser;
import cn.street.civil.shared.security.Role;
import cn.street.civil.shared.security.Roles;
import cn.street.civil.shared.web.HomeTodo;
import cn.street.civil.shared.web.MenuContribution;
import cn.street.civil.shared.web.MenuEntry;

/**
 * 月度发放 in the menu, and its to-dos: the chief's batches waiting for approval, the street caseworker's returned
 * batches and the programmes whose roster for this month is not generated yet (one small query).
 */
@Component
class PayoutMenu implements MenuContribution, HomeTodo {

	private final JdbcClient jdbc;

	private final PayoutProgrammes programmes;

	private final Clock clock;

	PayoutMenu(JdbcClient jdbc, PayoutProgrammes programmes, Clock clock) {
		this.jdbc = jdbc;
		this.programmes = programmes;
		this.clock = clock;
	}

	@Override
	public List<MenuEntry> menuEntries() {
		return List.of(new MenuEntry("payout", "payout.menu", "payout.menu.home", "/payouts", 800, Roles.CASE_READERS));
	}

	@Override
	public List<Todo> todos(CurrentUser user) {
		if (user.role() != Role.CHIEF && user.role() != Role.STREET_CASEWORKER) {
			return List.of();
		}
		long[] counts = jdbc.sql("""
				select count(*) filter (where state = 'SUBMITTED') as submitted,
				       count(*) filter (where state = 'RETURNED') as returned,
				       count(*) filter (where kind = 'REGULAR' and month = :month) as this_month
				from payout_batch where state <> 'APPROVED' or month = :month""")
			.param("month", YearMonth.now(clock).atDay(1))
			.query((rs, n) -> new long[] { rs.getLong("submitted"), rs.getLong("returned"), rs.getLong("this_month") })
			.single();
		List<Todo> todos = new ArrayList<>();
		if (user.role() == Role.CHIEF) {
			todos.add(new Todo("payout.todo.approve", counts[0], "/payouts", 800));
		}
		else {
			todos.add(new Todo("payout.todo.returned", counts[1], "/payouts", 800));
			todos.add(new Todo("payout.todo.generate", Math.max(0, programmes.codes().size() - counts[2]), "/payouts", 801));
		}
		return todos;
	}

}
