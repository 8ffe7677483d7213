package cn.street.civil.elderly.roster;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import cn.street.civil.community.CommunityDirectory;
import cn.street.civil.shared.idcard.Sex;
import cn.street.civil.shared.privacy.Masking;
import cn.street.civil.shared.security.DataScope;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The 60+ roster as one query over the registry's views at a reference date: living on that day, 60 or older on
 * that day (completed years from the birth date, compared as dates so that 29 February counts as the registry's
 * {@code PersonSummary.ageOn} does), the household of that day, the caseworkers' additions, and the programmes in
 * force that month from the assistance module's published SQL ({@code assistance_payment_period} with the case's
 * covered members) and the age allowance's enrolments. The scope is the person's community.
 */
@Component
@Transactional(readOnly = true)
public class RosterQueries {

	static final int EXPORT_LIMIT = 50_000;

	/** The assistance programme {@code %s} is in force for person {@code p} in the month of {@code :on}. */
	private static final String IN_FORCE = """
			exists (select 1 from assistance_payment_period pp join assistance_case_person cm on cm.case_id = pp.case_id
			        where cm.person_id = p.id and pp.programme = '%s' and pp.kind <> 'TERMINATE'
			          and pp.from_month <= date_trunc('month', cast(:on as date))
			          and (pp.until_month is null or pp.until_month > date_trunc('month', cast(:on as date))))""";

	/** The age allowance pays person {@code p} in the month of {@code :on}. */
	private static final String ALLOWANCE = """
			exists (select 1 from age_allowance_enrolment en where en.person_id = p.id
			        and en.first_month <= date_trunc('month', cast(:on as date))
			        and (en.stop_month is null or en.stop_month > date_trunc('month', cast(:on as date))))""";

	/** URL sort key → SQL expression (a whitelist). */
	public static final Map<String, String> SORTS = Map.of("name", "p.name collate \"C\"", "age", "p.birth_date",
			"community", "p.community_id", "assessedOn", "la.assessed_on");

	/**
	 * Who is on the roster that day and passes the filters: only what filters and sorts (person, profile, the
	 * assessment of the day), so that counting and paging do not join households and programmes for every 60+
	 * person; the page's 20 rows get those afterwards ({@link #DETAILS}).
	 */
	private static final String MATCHES = """
			from registry_person p
			left join elderly_profile ep on ep.person_id = p.id
			left join lateral (select a.level, a.assessed_on from elderly_assessment a
			                   where a.person_id = p.id and a.assessed_on <= cast(:on as date)
			                   order by a.assessed_on desc, a.id desc limit 1) la on true
			where (p.status = 'ACTIVE' or p.status_date > cast(:on as date))
			  and p.birth_date <= cast(:on as date) - make_interval(years => 60)
			  and (:all or p.community_id in (:scopeIds))
			  and (cast(:personId as bigint) is null or p.id = :personId)
			  and (cast(:communityId as bigint) is null or p.community_id = :communityId)
			  and (cast(:q as text) is null or p.name like :qPrefix)
			  and (cast(:minAge as integer) is null or p.birth_date <= cast(:on as date) - make_interval(years => :minAge))
			  and (cast(:maxAge as integer) is null or p.birth_date > cast(:on as date) - make_interval(years => :maxAge + 1))
			  and (not :livesAlone or coalesce(ep.lives_alone, false))
			  and (not :emptyNest or coalesce(ep.empty_nest, false))
			  and (cast(:level as text) is null or la.level = :level)
			""";

	/** The page's rows (ids in order) with their household of the day and programmes. */
	private static final String DETAILS = """
			select p.id, p.name, p.id_no_prefix, p.id_no_tail, p.sex, p.birth_date,
			       extract(year from age(cast(:on as date), p.birth_date))::int as age, p.community_id,
			       h.id as household_id, h.household_no, h.address, coalesce(ep.lives_alone, false) as lives_alone,
			       coalesce(ep.empty_nest, false) as empty_nest, la.level, la.assessed_on, ep.contact_name,
			       ep.contact_phone, %s as dibao, %s as tekun, %s as edge, %s as allowance
			from page
			join registry_person p on p.id = page.id
			left join elderly_profile ep on ep.person_id = p.id
			left join lateral (select a.level, a.assessed_on from elderly_assessment a
			                   where a.person_id = p.id and a.assessed_on <= cast(:on as date)
			                   order by a.assessed_on desc, a.id desc limit 1) la on true
			left join lateral (select rm.household_id from registry_membership rm where rm.person_id = p.id
			                   and rm.valid_from <= cast(:on as date) and (rm.valid_to is null or rm.valid_to > cast(:on as date))
			                   limit 1) rm on true
			left join registry_household h on h.id = rm.household_id
			order by page.rn
			""".formatted(IN_FORCE.formatted("DIBAO"), IN_FORCE.formatted("TEKUN"), IN_FORCE.formatted("EDGE"), ALLOWANCE);

	/** The filter of a programme (appended to {@link #MATCHES} only when asked: one SQL text per programme). */
	private static String programmeFilter(RosterProgramme programme) {
		if (programme == null) {
			return "";
		}
		return " and " + (programme == RosterProgramme.ALLOWANCE ? ALLOWANCE : IN_FORCE.formatted(programme.name())) + "\n";
	}

	private static String pageSql(RosterSearch s, Sort sort, String condition, String limit) {
		return "with page as (select p.id, row_number() over (" + orderBy(sort) + ") as rn " + MATCHES
				+ programmeFilter(s.programme()) + condition + orderBy(sort) + limit + ") " + DETAILS;
	}

	private final JdbcClient jdbc;

	private final CommunityDirectory communities;

	private final Clock clock;

	RosterQueries(JdbcClient jdbc, CommunityDirectory communities, Clock clock) {
		this.jdbc = jdbc;
		this.communities = communities;
		this.clock = clock;
	}

	public LocalDate today() {
		return LocalDate.now(clock);
	}

	public Page<RosterRow> roster(RosterSearch search, Pageable pageable, DataScope scope) {
		RosterSearch s = withDate(search);
		long total = bind(jdbc.sql("select count(*) " + MATCHES + programmeFilter(s.programme())), s, scope, null)
			.query(Long.class)
			.single();
		Map<Long, String> names = communities.names();
		List<RosterRow> rows = bind(jdbc.sql(pageSql(s, pageable.getSort(), "", " limit :limit offset :offset")), s, scope, null)
			.param("limit", pageable.getPageSize())
			.param("offset", pageable.getOffset())
			.query((rs, n) -> row(rs, names))
			.list();
		return new PageImpl<>(rows, pageable, total);
	}

	public List<RosterRow> export(RosterSearch search, Sort sort, DataScope scope) {
		Map<Long, String> names = communities.names();
		RosterSearch s = withDate(search);
		return bind(jdbc.sql(pageSql(s, sort, "", " limit " + EXPORT_LIMIT)), s, scope, null)
			.query((rs, n) -> row(rs, names))
			.list();
	}

	/** The person's roster line on {@code on}: empty when out of scope, not living or under 60 that day. */
	public Optional<RosterRow> person(long personId, LocalDate on, DataScope scope) {
		// the person's id as a plain condition too: MATCHES' optional one ("null or p.id = …") cannot use the primary
		// key in a generic plan, and the person page would read every 60+ person to show one
		return bind(jdbc.sql(pageSql(RosterSearch.empty(), Sort.unsorted(), " and p.id = :personId\n", "")),
				RosterSearch.empty().on(on), scope, personId)
			.query((rs, n) -> row(rs, communities.names()))
			.optional();
	}

	/** How many 60+ persons in scope on {@code on}, by band (the roster page's summary). */
	public Map<AgeBand, Long> bands(LocalDate on, DataScope scope) {
		Map<AgeBand, Long> counts = new java.util.EnumMap<>(AgeBand.class);
		bind(jdbc.sql("select extract(year from age(cast(:on as date), p.birth_date))::int as age, count(*) as n " + MATCHES
				+ " group by 1"), RosterSearch.empty().on(on), scope, null)
			.query((rs, n) -> Map.entry(AgeBand.of(rs.getInt("age")), rs.getLong("n")))
			.list()
			.forEach(e -> counts.merge(e.getKey(), e.getValue(), Long::sum));
		return counts;
	}

	private RosterSearch withDate(RosterSearch search) {
		return search.on() == null ? search.on(today()) : search;
	}

	private static String orderBy(Sort sort) {
		StringBuilder sql = new StringBuilder(" order by ");
		for (Sort.Order order : sort) {
			String column = SORTS.get(order.getProperty());
			if (column != null) {
				sql.append(column).append(order.isAscending() ? " asc" : " desc").append(" nulls last, ");
			}
		}
		return sql.append("p.community_id, p.name collate \"C\", p.id").toString();
	}

	private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec spec, RosterSearch s, DataScope scope,
			Long personId) {
		String q = s.q() == null || s.q().isBlank() ? null : s.q().strip();
		return spec.param("on", s.on())
			.param("all", scope.all())
			.param("scopeIds", scope.idsForQuery())
			.param("personId", personId)
			.param("communityId", s.communityId())
			.param("q", q)
			.param("qPrefix", q == null ? null : q.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%")
			.param("minAge", s.band() == null ? null : s.band().min())
			.param("maxAge", s.band() == null ? null : s.band().max())
			.param("livesAlone", s.onlyLivingAlone())
			.param("emptyNest", s.onlyEmptyNest())
			.param("level", s.level() == null ? null : s.level().name());
	}

	private static RosterRow row(ResultSet rs, Map<Long, String> names) throws SQLException {
		long community = rs.getLong("community_id");
		String level = rs.getString("level");
		String phone = rs.getString("contact_phone");
		return new RosterRow(rs.getLong("id"), rs.getString("name"),
				Masking.idNumber(rs.getString("id_no_prefix"), rs.getString("id_no_tail")),
				Sex.valueOf(rs.getString("sex")), rs.getObject("birth_date", LocalDate.class), rs.getInt("age"), community,
				names.getOrDefault(community, ""), rs.getString("household_no"), rs.getObject("household_id", Long.class),
				rs.getString("address"), rs.getBoolean("lives_alone"), rs.getBoolean("empty_nest"),
				level == null ? null : AbilityLevel.valueOf(level), rs.getObject("assessed_on", LocalDate.class),
				rs.getString("contact_name"), phone == null ? null : Masking.phone(phone), rs.getBoolean("dibao"),
				rs.getBoolean("tekun"), rs.getBoolean("edge"), rs.getBoolean("allowance"));
	}

}
