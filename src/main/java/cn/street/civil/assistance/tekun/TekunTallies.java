package cn.street.civil.assistance.tekun;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;

import cn.street.civil.assistance.casework.CaseState;
import cn.street.civil.shared.security.CurrentUser;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The 特困 home to-do counts in one grouped statement, in the user's scope; like {@code DibaoTallies}, outside the
 * list queries' transaction and method security, since the home page runs it on every view.
 */
@Component
class TekunTallies {

	private final JdbcClient jdbc;

	private final Clock clock;

	TekunTallies(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	TekunQueries.Tally tally(CurrentUser user) {
		Map<CaseState, Long> byState = new EnumMap<>(CaseState.class);
		long[] flaggedAndDue = { 0, 0 };
		jdbc.sql("select c.state, count(*) as cases, count(*) filter (where c.needs_review) as flagged,"
				+ " count(*) filter (where d.review_due_on <= :today) as due from assistance_case c " + TekunQueries.JOINS
				+ " where c.programme = 'TEKUN' and (:all or c.community_id in (:scopeIds)) group by c.state")
			.param("all", user.scope().all())
			.param("scopeIds", user.scope().idsForQuery())
			.param("reviewMonths", TekunService.REVIEW_MONTHS)
			.param("today", LocalDate.now(clock))
			.query(rs -> {
				byState.put(CaseState.valueOf(rs.getString("state")), rs.getLong("cases"));
				flaggedAndDue[0] += rs.getLong("flagged");
				flaggedAndDue[1] += rs.getLong("due");
			});
		return new TekunQueries.Tally(byState, flaggedAndDue[0], flaggedAndDue[1]);
	}

}
