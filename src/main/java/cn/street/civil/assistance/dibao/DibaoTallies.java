package cn.street.civil.assistance.dibao;

import java.time.Clock;
import java.util.Map;

import cn.street.civil.assistance.casework.CaseState;
import cn.street.civil.shared.security.CurrentUser;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The 低保 home to-do counts in one grouped statement, in the user's scope. Not behind {@link DibaoQueries}'
 * read-only transaction and method security: the home page runs it on every view, and begin / set read only /
 * commit and the security expression cost more than the statement. Only {@link DibaoTodos} calls it, for the
 * roles that have 低保 to-dos.
 */
@Component
class DibaoTallies {

	private final JdbcClient jdbc;

	private final Clock clock;

	DibaoTallies(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	DibaoQueries.Tally tally(CurrentUser user) {
		Map<CaseState, Long> byState = new java.util.EnumMap<>(CaseState.class);
		long[] counts = { 0, 0, 0, 0, 0 };
		jdbc.sql("""
				select c.state, count(*) as cases, count(*) filter (where c.needs_review) as flagged,
				       count(*) filter (where c.state = 'CONFIRMED' and c.next_review_on <= :dueBy) as due,
				       count(*) filter (where c.state = 'CONFIRMED' and c.next_review_on < :today) as overdue,
				       count(*) filter (where c.state = 'CONFIRMED' and exists (select 1 from assistance_review r
				                                      where r.case_id = c.id and r.status = 'PROPOSED')) as proposed,
				       (select count(*) from assistance_restandard_batch b where b.status = 'PENDING') as batches
				from assistance_case c
				where c.programme = 'DIBAO' and (:all or c.community_id in (:scopeIds))
				group by c.state
				""")
			.param("all", user.scope().all())
			.param("scopeIds", user.scope().idsForQuery())
			.param("dueBy", java.time.YearMonth.now(clock).atEndOfMonth())
			.param("today", java.time.LocalDate.now(clock))
			.query(rs -> {
				byState.put(CaseState.valueOf(rs.getString("state")), rs.getLong("cases"));
				counts[0] += rs.getLong("flagged");
				counts[1] += rs.getLong("due");
				counts[2] += rs.getLong("overdue");
				counts[3] += rs.getLong("proposed");
				counts[4] = rs.getLong("batches");
			});
		return new DibaoQueries.Tally(byState, counts[0], counts[1], counts[2], counts[3], counts[4]);
	}

}
