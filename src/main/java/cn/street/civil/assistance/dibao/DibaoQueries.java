package cn.street.civil.assistance.dibao;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;

import cn.street.civil.assistance.casework.CaseDeadlines;
import cn.street.civil.assistance.casework.CaseListSql;
import cn.street.civil.assistance.casework.CaseState;
import cn.street.civil.assistance.casework.Programme;
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

/** The 低保 case lists: one query per page plus a count, the scope in the WHERE clause. */
@Component
@Transactional(readOnly = true)
@PreAuthorize(Roles.CASE_READ)
public class DibaoQueries {

	static final int EXPORT_LIMIT = 50_000;

	/** URL sort key → SQL expression (a whitelist). */
	public static final Map<String, String> SORTS = Map.of("householdNo", "c.household_no", "applicant",
			"c.applicant_name", "appliedOn", "c.applied_on", "amount", "c.monthly_amount", "state", "c.state");

	private static final String FROM = """
			from assistance_case c
			where c.programme = :programme
			  and (:all or c.community_id in (:scopeIds))
			  and (cast(:communityId as bigint) is null or c.community_id = :communityId)
			  and (cast(:state as text) is null or c.state = :state)
			  and (cast(:needsReview as boolean) is null or c.needs_review = :needsReview)
			  and (not :staffOnly or c.staff_related)
			  and (not :reviewDue or (c.state = 'CONFIRMED' and c.next_review_on <= :dueBy))
			  and """ + CaseListSql.TEXT_FILTER + "\n"
			// 已超期: the deadlines' own rule, with its cutoffs bound (CaseDeadlines)
			+ "  and (not :overdueOnly or " + CaseDeadlines.OVERDUE + ")\n";

	private static final String SELECT = """
			select c.id, c.household_no, c.community_id, c.applicant_name, c.state, c.applied_on, c.monthly_amount,
			       c.needs_review, c.staff_related, c.related_staff,
			       (select count(*) from assistance_case_member m where m.case_id = c.id) as covered
			""";

	private static final java.time.LocalDate NO_CUTOFF = java.time.LocalDate.of(1900, 1, 1);

	private final JdbcClient jdbc;

	private final CommunityDirectory communities;

	private final CaseDeadlines deadlines;

	private final java.time.Clock clock;

	DibaoQueries(JdbcClient jdbc, CommunityDirectory communities, CaseDeadlines deadlines, java.time.Clock clock) {
		this.jdbc = jdbc;
		this.communities = communities;
		this.deadlines = deadlines;
		this.clock = clock;
	}

	/** A periodic review is due when its date falls in this month or earlier. */
	private java.time.LocalDate dueBy() {
		return java.time.YearMonth.now(clock).atEndOfMonth();
	}

	public Page<CaseRow> cases(CaseSearch search, boolean staffRelatedOnly, Pageable pageable, CurrentUser user) {
		return cases(Programme.DIBAO, search, staffRelatedOnly, pageable, user);
	}

	/** The list of one programme's cases (低保, 低保边缘). */
	public Page<CaseRow> cases(Programme programme, CaseSearch search, boolean staffRelatedOnly, Pageable pageable,
			CurrentUser user) {
		long total = bind(jdbc.sql("select count(*) " + FROM), programme, search, staffRelatedOnly, user)
			.query(Long.class)
			.single();
		Map<Long, String> names = communities.names();
		List<CaseRow> rows = bind(jdbc.sql(SELECT + FROM + orderBy(pageable.getSort()) + " limit :limit offset :offset"),
				programme, search, staffRelatedOnly, user)
			.param("limit", pageable.getPageSize())
			.param("offset", pageable.getOffset())
			.query((rs, n) -> row(rs, names))
			.list();
		return new PageImpl<>(rows, pageable, total);
	}

	public List<CaseRow> export(CaseSearch search, boolean staffRelatedOnly, Sort sort, CurrentUser user) {
		return export(Programme.DIBAO, search, staffRelatedOnly, sort, user);
	}

	public List<CaseRow> export(Programme programme, CaseSearch search, boolean staffRelatedOnly, Sort sort,
			CurrentUser user) {
		Map<Long, String> names = communities.names();
		return bind(jdbc.sql(SELECT + FROM + orderBy(sort) + " limit " + EXPORT_LIMIT), programme, search,
				staffRelatedOnly, user)
			.query((rs, n) -> row(rs, names))
			.list();
	}

	/** Cases on notice in one community, for the 公示 sheet. */
	public List<CaseRow> onNotice(long communityId, CurrentUser user) {
		return cases(new CaseSearch(null, communityId, CaseState.ON_NOTICE, null), false,
				org.springframework.data.domain.PageRequest.of(0, EXPORT_LIMIT, Sort.by("householdNo")), user)
			.getContent();
	}

	/**
	 * How many cases in the user's scope are in each state, and how many are flagged for review, in one
	 * grouped query (the home page's to-dos).
	 */
	/**
	 * Case counts by state, the number flagged for review, periodic reviews due (this month or earlier) and
	 * overdue, reviews proposed and waiting for the chief, and pending 调标 batches.
	 */
	public record Tally(Map<CaseState, Long> byState, long needsReview, long reviewDue, long reviewOverdue,
			long reviewsProposed, long restandardPending) {

		public long in(CaseState state) {
			return byState.getOrDefault(state, 0L);
		}

	}

	private JdbcClient.StatementSpec bind(JdbcClient.StatementSpec spec, Programme programme, CaseSearch search,
			boolean staffOnly, CurrentUser user) {
		boolean overdueOnly = Boolean.TRUE.equals(search.overdue());
		// without the filter the cutoffs are not computed (a month without deadline standards still lists)
		(overdueOnly ? deadlines.bindCutoffs(spec) : spec.param("totalCutoff", NO_CUTOFF)
			.param("confirmationCutoff", NO_CUTOFF)
			.param("rejectionCutoff", NO_CUTOFF)).param("overdueOnly", overdueOnly);
		return CaseListSql.bindScopeAndText(spec, user, search.q())
			.param("programme", programme.name())
			.param("communityId", search.communityId())
			.param("state", search.state() == null ? null : search.state().name())
			.param("needsReview", search.needsReview())
			.param("staffOnly", staffOnly)
			.param("reviewDue", Boolean.TRUE.equals(search.reviewDue()))
			.param("dueBy", dueBy());
	}

	private static String orderBy(Sort sort) {
		return CaseListSql.orderBy(sort, SORTS);
	}

	private static CaseRow row(ResultSet rs, Map<Long, String> names) throws SQLException {
		long community = rs.getLong("community_id");
		return new CaseRow(rs.getLong("id"), rs.getString("household_no"), community, names.getOrDefault(community, ""),
				rs.getString("applicant_name"), rs.getInt("covered"), CaseState.valueOf(rs.getString("state")),
				rs.getObject("applied_on", java.time.LocalDate.class), rs.getBigDecimal("monthly_amount"),
				rs.getBoolean("needs_review"), rs.getBoolean("staff_related"), rs.getString("related_staff"));
	}

}
