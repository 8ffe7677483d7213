package cn.street.civil.assistance.tekun;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import cn.street.civil.assistance.casework.CaseListSql;
import cn.street.civil.assistance.casework.CaseState;
import cn.street.civil.community.CommunityDirectory;
import cn.street.civil.shared.security.CurrentUser;
import cn.street.civil.shared.security.Roles;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The 特困 case lists: one query per page plus a count, the scope in the WHERE clause, the 供养形式 and tier of
 * the latest assessment, the 年审 due date a year after the confirmation or the last 年审.
 */
@Component
@Transactional(readOnly = true)
@PreAuthorize(Roles.CASE_READ)
public class TekunQueries {

	static final int EXPORT_LIMIT = 50_000;

	/** URL sort key → SQL expression (a whitelist). */
	public static final Map<String, String> SORTS = Map.of("householdNo", "c.household_no", "person", "p.name",
			"appliedOn", "c.applied_on", "amount", "c.monthly_amount", "state", "c.state", "reviewDue", "review_due_on");

	/** The latest assessment and the last 年审 of case {@code c}, and the due date of the next 年审. */
	static final String JOINS = """
			left join lateral (select a.support_form, a.care_tier from tekun_assessment a where a.case_id = c.id
			                   order by a.id desc limit 1) la on true
			left join lateral (select max(r.visited_on) as last_review from tekun_assessment r
			                   where r.case_id = c.id and r.kind = 'YEARLY_REVIEW') lr on true
			cross join lateral (select case when c.state = 'CONFIRMED'
			        then (coalesce(lr.last_review, c.decided_on) + make_interval(months => :reviewMonths))::date
			        end as review_due_on) d
			""";

	private static final String FROM = """
			from assistance_case c
			join assistance_case_member p on p.case_id = c.id
			""" + JOINS + """
			where c.programme = 'TEKUN'
			  and (:all or c.community_id in (:scopeIds))
			  and (cast(:communityId as bigint) is null or c.community_id = :communityId)
			  and (cast(:state as text) is null or c.state = :state)
			  and (cast(:supportForm as text) is null or la.support_form = :supportForm)
			  and (cast(:tier as text) is null or la.care_tier = :tier)
			  and (not :reviewDue or d.review_due_on <= :today)
			  and """ + CaseListSql.TEXT_FILTER + "\n";

	private static final String SELECT = """
			select c.id, c.household_no, c.community_id, p.name as person_name, c.applicant_name, c.state, c.applied_on,
			       la.support_form, la.care_tier, c.monthly_amount, d.review_due_on, c.needs_review
			""";

	private final JdbcClient jdbc;

	private final CommunityDirectory communities;

	private final Clock clock;

	TekunQueries(JdbcClient jdbc, CommunityDirectory communities, Clock clock) {
		this.jdbc = jdbc;
		this.communities = communities;
		this.clock = clock;
	}

	public Page<TekunRow> cases(TekunSearch search, Pageable pageable, CurrentUser user) {
		long total = bind(jdbc.sql("select count(*) " + FROM), search, user).query(Long.class).single();
		Map<Long, String> names = communities.names();
		List<TekunRow> rows = bind(
				jdbc.sql(SELECT + FROM + CaseListSql.orderBy(pageable.getSort(), SORTS) + " limit :limit offset :offset"),
				search, user)
			.param("limit", pageable.getPageSize())
			.param("offset", pageable.getOffset())
			.query((rs, n) -> row(rs, names))
			.list();
		return new PageImpl<>(rows, pageable, total);
	}

	public List<TekunRow> export(TekunSearch search, Sort sort, CurrentUser user) {
		Map<Long, String> names = communities.names();
		return bind(jdbc.sql(SELECT + FROM + CaseListSql.orderBy(sort, SORTS) + " limit " + EXPORT_LIMIT), search, user)
			.query((rs, n) -> row(rs, names))
			.list();
	}

	/** How many cases in the user's scope are in each state, flagged, and due for 年审: one grouped query. */
	/** Case counts by state, the number flagged for review and the number due for 年审. */
	public record Tally(Map<CaseState, Long> byState, long needsReview, long reviewDue) {

		public long in(CaseState state) {
			return byState.getOrDefault(state, 0L);
		}

	}

	private JdbcClient.StatementSpec bind(JdbcClient.StatementSpec spec, TekunSearch search, CurrentUser user) {
		return CaseListSql.bindScopeAndText(spec, user, search.q())
			.param("communityId", search.communityId())
			.param("state", search.state() == null ? null : search.state().name())
			.param("supportForm", search.supportForm() == null ? null : search.supportForm().name())
			.param("tier", search.tier() == null ? null : search.tier().name())
			.param("reviewDue", search.onlyReviewDue())
			.param("reviewMonths", TekunService.REVIEW_MONTHS)
			.param("today", LocalDate.now(clock));
	}

	private static TekunRow row(ResultSet rs, Map<Long, String> names) throws SQLException {
		long community = rs.getLong("community_id");
		String form = rs.getString("support_form");
		String tier = rs.getString("care_tier");
		return new TekunRow(rs.getLong("id"), rs.getString("household_no"), community,
				names.getOrDefault(community, ""), rs.getString("person_name"), rs.getString("applicant_name"),
				CaseState.valueOf(rs.getString("state")), rs.getObject("applied_on", LocalDate.class),
				form == null ? null : SupportForm.valueOf(form), tier == null ? null : CareTier.valueOf(tier),
				rs.getBigDecimal("monthly_amount"), rs.getObject("review_due_on", LocalDate.class),
				rs.getBoolean("needs_review"));
	}

}
