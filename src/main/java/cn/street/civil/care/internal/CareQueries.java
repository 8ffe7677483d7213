package cn.street.civil.care.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import cn.street.civil.community.CommunityDirectory;
import cn.street.civil.shared.security.CurrentUser;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The recipients list (scope by the person's community), its filters and sort whitelist, the Excel rows, tallies. */
@Component
@Transactional(readOnly = true)
@PreAuthorize("@careAccess.reads()")
class CareQueries {

	record Row(long id, long personId, String name, CareCategory category, Integer grade, DisabilityNature nature,
			String certificateNo, long communityId, String communityName, LocalDate sinceMonth, LocalDate stoppedFrom,
			String funeralGrant) {

		public boolean paid() {
			return stoppedFrom == null;
		}

	}

	record Search(String q, Long communityId, CareCategory category, Boolean stopped, Boolean funeralDue) {
	}

	static final Map<String, String> SORTS = Map.of("name", "p.name collate \"C\"", "category", "r.category", "since",
			"r.since_month", "community", "p.community_id");

	private static final String FROM = """
			from care_recipient r
			join registry_person p on p.id = r.person_id
			where (:all or p.community_id in (:scopeIds))
			  and (cast(:communityId as bigint) is null or p.community_id = :communityId)
			  and (cast(:category as text) is null or r.category = :category)
			  and (cast(:stopped as boolean) is null or (r.stopped_from is not null) = :stopped)
			  and (not :funeralDue or r.funeral_grant = 'DUE')
			  and (cast(:q as text) is null or p.name like :qPrefix or r.certificate_no = :q)
			""";

	private final JdbcClient jdbc;

	private final CommunityDirectory communities;

	CareQueries(JdbcClient jdbc, CommunityDirectory communities, Clock clock) {
		this.jdbc = jdbc;
		this.communities = communities;
	}

	Page<Row> page(Search search, Pageable pageable, CurrentUser user) {
		long total = bind(jdbc.sql("select count(*) " + FROM), search, user).query(Long.class).single();
		return new PageImpl<>(rows(search, pageable.getSort(), user, " limit " + pageable.getPageSize() + " offset "
				+ pageable.getOffset()), pageable, total);
	}

	List<Row> export(Search search, Sort sort, CurrentUser user) {
		return rows(search, sort, user, " limit 50000");
	}

	private List<Row> rows(Search search, Sort sort, CurrentUser user, String limit) {
		Map<Long, String> names = communities.names();
		StringBuilder order = new StringBuilder(" order by ");
		for (Sort.Order o : sort) {
			String column = SORTS.get(o.getProperty());
			if (column != null) {
				order.append(column).append(o.isAscending() ? " asc" : " desc").append(" nulls last, ");
			}
		}
		order.append("r.id desc");
		return bind(jdbc.sql("""
				select r.id, r.person_id, p.name, r.category, r.disability_grade, r.disability_nature, r.certificate_no,
				       p.community_id, r.since_month, r.stopped_from, r.funeral_grant
				""" + FROM + order + limit), search, user).query((rs, n) -> row(rs, names)).list();
	}

	/** Funeral grants due in the user's scope (the to-do). */
	long funeralDue(CurrentUser user) {
		return bind(jdbc.sql("select count(*) " + FROM), new Search(null, null, null, null, true), user)
			.query(Long.class).single();
	}

	private JdbcClient.StatementSpec bind(JdbcClient.StatementSpec spec, Search search, CurrentUser user) {
		String q = search.q() == null || search.q().isBlank() ? null : search.q().strip();
		return spec.param("all", user.scope().all())
			.param("scopeIds", user.scope().idsForQuery())
			.param("communityId", search.communityId())
			.param("category", search.category() == null ? null : search.category().name())
			.param("stopped", search.stopped())
			.param("funeralDue", Boolean.TRUE.equals(search.funeralDue()))
			.param("q", q)
			.param("qPrefix", q == null ? null : q.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
	}

	private static Row row(ResultSet rs, Map<Long, String> names) throws SQLException {
		long community = rs.getLong("community_id");
		String nature = rs.getString("disability_nature");
		return new Row(rs.getLong("id"), rs.getLong("person_id"), rs.getString("name"),
				CareCategory.valueOf(rs.getString("category")), (Integer) rs.getObject("disability_grade"),
				nature == null ? null : DisabilityNature.valueOf(nature), rs.getString("certificate_no"), community,
				names.getOrDefault(community, ""), rs.getObject("since_month", LocalDate.class),
				rs.getObject("stopped_from", LocalDate.class), rs.getString("funeral_grant"));
	}

}
