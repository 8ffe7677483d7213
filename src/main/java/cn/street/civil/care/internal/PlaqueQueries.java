package cn.street.civil.care.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

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

/**
 * 光荣牌: which households qualify and whether they have their plaque. A household qualifies while one of its
 * current members (alive, registered in it today) is a 优抚对象 not disqualified (a recipient stopped for another
 * reason, e.g. a 定期抚恤金 ended, still makes it a martyr's or veteran's family). Its plaque is the latest one not
 * replaced by another. Scoped by the household's community.
 */
@Component
@Transactional(readOnly = true)
@PreAuthorize("@careAccess.reads()")
class PlaqueQueries {

	/** A qualifying household with its main basis, the qualifying persons and its current plaque (null: none). */
	record Row(long householdId, String householdNo, long communityId, String communityName, String headName,
			String address, PlaqueBasis basis, String persons, Long plaqueId, LocalDate hungOn, String hungBy) {

		public boolean hung() {
			return plaqueId != null;
		}

	}

	record Search(String q, Long communityId, Boolean without) {
	}

	/** A qualifying recipient of the household (the plaque's basis is chosen among them). */
	record Qualifying(long recipientId, String name, CareCategory category, PlaqueBasis basis) {
	}

	/** A plaque as recorded, replaced or not. */
	record Plaque(long id, long recipientId, String recipientName, PlaqueBasis basis, LocalDate hungOn, String hungBy,
			Long replacesId, String replacementReason, String recordedBy, boolean current) {
	}

	static final Map<String, String> SORTS = Map.of("householdNo", "h.household_no", "community", "h.community_id",
			"hungOn", "pl.hung_on");

	/** The qualifying recipients, one row each, with their current household. */
	static final String QUALIFYING = """
			select m.household_id, r.id as recipient_id, p.name, r.category,
			""" + PlaqueBasis.SQL_OF_CATEGORY + " as basis, " + PlaqueBasis.SQL_RANK + """
			 as rank
			from care_recipient r
			join registry_person p on p.id = r.person_id and p.status = 'ACTIVE'
			join registry_membership m on m.person_id = r.person_id and m.valid_to is null
			where r.stop_reason is null or r.stop_reason not in ('DISQUALIFIED', 'MOVED_OUT', 'DEATH')
			""";

	/** The current plaque of household {@code h}: the latest not replaced. */
	static final String CURRENT = """
			select pl.id, pl.hung_on, pl.hung_by from care_plaque pl
			where pl.household_id = h.id and not exists (select 1 from care_plaque n where n.replaces_id = pl.id)
			order by pl.hung_on desc, pl.id desc limit 1""";

	private static final String FROM = """
			from (select q.household_id, min(q.rank) as rank, string_agg(q.name, '、' order by q.rank, q.name) as persons
			      from (""" + QUALIFYING + """
			) q group by q.household_id) qh
			join registry_household h on h.id = qh.household_id and h.status = 'ACTIVE'
			left join registry_person hp on hp.id = h.head_person_id
			left join lateral (""" + CURRENT + """
			) pl on true
			where (:all or h.community_id in (:scopeIds))
			  and (cast(:communityId as bigint) is null or h.community_id = :communityId)
			  and (not :without or pl.id is null)
			  and (cast(:q as text) is null or h.household_no = :q or qh.persons like :qLike)
			""";

	private final JdbcClient jdbc;

	private final CommunityDirectory communities;

	PlaqueQueries(JdbcClient jdbc, CommunityDirectory communities) {
		this.jdbc = jdbc;
		this.communities = communities;
	}

	Page<Row> page(Search search, Pageable pageable, CurrentUser user) {
		long total = bind(jdbc.sql("select count(*) " + FROM), search, user).query(Long.class).single();
		return new PageImpl<>(rows(search, pageable.getSort(), user,
				" limit " + pageable.getPageSize() + " offset " + pageable.getOffset()), pageable, total);
	}

	List<Row> export(Search search, Sort sort, CurrentUser user) {
		return rows(search, sort, user, " limit 50000");
	}

	/**
	 * Households that qualify and have no plaque, in the user's scope (the to-do): the list's households without
	 * its names, ranks and latest plaque (a third of the time of the list's count, on every home page).
	 */
	long without(CurrentUser user) {
		return jdbc.sql("""
				select count(distinct q.household_id) from (""" + QUALIFYING + """
				) q
				join registry_household h on h.id = q.household_id and h.status = 'ACTIVE'
				where (:all or h.community_id in (:scopeIds))
				  and not exists (select 1 from care_plaque pl where pl.household_id = h.id
				                  and not exists (select 1 from care_plaque n where n.replaces_id = pl.id))
				""")
			.param("all", user.scope().all())
			.param("scopeIds", user.scope().idsForQuery())
			.query(Long.class)
			.single();
	}

	/** The household's row, if it qualifies and is in scope. */
	Optional<Row> household(long householdId, CurrentUser user) {
		return rows(new Search(null, null, null), Sort.unsorted(), user, " and h.id = " + householdId + " limit 1")
			.stream().findFirst();
	}

	/** The household of a plaque, when the household qualifies and is in scope; not found otherwise. */
	long householdOfPlaque(long plaqueId, CurrentUser user) {
		return jdbc.sql("select household_id from care_plaque where id = :id").param("id", plaqueId).query(Long.class)
			.optional()
			.filter(h -> household(h, user).isPresent())
			.orElseThrow(() -> new cn.street.civil.shared.web.NotFoundException("CarePlaque", plaqueId));
	}

	List<Qualifying> qualifying(long householdId) {
		return jdbc.sql("select * from (" + QUALIFYING + ") q where q.household_id = :h order by q.rank, q.name")
			.param("h", householdId)
			.query((rs, n) -> new Qualifying(rs.getLong("recipient_id"), rs.getString("name"),
					CareCategory.valueOf(rs.getString("category")), PlaqueBasis.valueOf(rs.getString("basis"))))
			.list();
	}

	/** Every plaque the household has had, newest first (scope checked by the caller). */
	List<Plaque> plaques(long householdId) {
		return jdbc.sql("""
				select pl.*, p.name as recipient_name,
				       not exists (select 1 from care_plaque n where n.replaces_id = pl.id) as current
				from care_plaque pl
				join care_recipient r on r.id = pl.recipient_id
				join registry_person p on p.id = r.person_id
				where pl.household_id = :h order by pl.hung_on desc, pl.id desc""")
			.param("h", householdId)
			.query((rs, n) -> new Plaque(rs.getLong("id"), rs.getLong("recipient_id"), rs.getString("recipient_name"),
					PlaqueBasis.valueOf(rs.getString("basis")), rs.getObject("hung_on", LocalDate.class),
					rs.getString("hung_by"), (Long) rs.getObject("replaces_id"), rs.getString("replacement_reason"),
					rs.getString("recorded_by"), rs.getBoolean("current")))
			.list();
	}

	private List<Row> rows(Search search, Sort sort, CurrentUser user, String tail) {
		Map<Long, String> names = communities.names();
		StringBuilder order = new StringBuilder(" order by ");
		for (Sort.Order o : sort) {
			String column = SORTS.get(o.getProperty());
			if (column != null) {
				order.append(column).append(o.isAscending() ? " asc" : " desc").append(" nulls first, ");
			}
		}
		order.append("qh.rank, h.household_no");
		boolean single = tail.startsWith(" and ");
		String sql = """
				select h.id, h.household_no, h.community_id, hp.name as head_name, h.address, qh.rank, qh.persons,
				       pl.id as plaque_id, pl.hung_on, pl.hung_by
				""" + FROM + (single ? tail : order + tail);
		return bind(jdbc.sql(sql), search, user).query((rs, n) -> row(rs, names)).list();
	}

	private JdbcClient.StatementSpec bind(JdbcClient.StatementSpec spec, Search search, CurrentUser user) {
		String q = search.q() == null || search.q().isBlank() ? null : search.q().strip();
		return spec.param("all", user.scope().all())
			.param("scopeIds", user.scope().idsForQuery())
			.param("communityId", search.communityId())
			.param("without", Boolean.TRUE.equals(search.without()))
			.param("q", q)
			.param("qLike", q == null ? null
					: "%" + q.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
	}

	private static Row row(ResultSet rs, Map<Long, String> names) throws SQLException {
		long community = rs.getLong("community_id");
		return new Row(rs.getLong("id"), rs.getString("household_no"), community, names.getOrDefault(community, ""),
				rs.getString("head_name"), rs.getString("address"), PlaqueBasis.values()[rs.getInt("rank") - 1],
				rs.getString("persons"), (Long) rs.getObject("plaque_id"), rs.getObject("hung_on", LocalDate.class),
				rs.getString("hung_by"));
	}

}
