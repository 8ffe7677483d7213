package cn.street.civil.elderly.homecare;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import cn.street.civil.community.CommunityDirectory;
import cn.street.civil.shared.security.DataScope;
import cn.street.civil.standard.StandardParameter;
import cn.street.civil.standard.Standards;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Home care's read side: the order list in the user's scope, the lines of a provider's settlement, and the monthly
 * statistics (served = checked out and after) by provider, community and item, each one grouped query.
 */
@Component
@Transactional(readOnly = true)
public class HomeCareQueries {

	private static final String FROM = """
			from home_care_order o
			join registry_person p on p.id = o.person_id
			join home_care_provider pr on pr.id = o.provider_id
			join home_care_item i on i.id = o.item_id
			join home_care_entitlement en on en.id = o.entitlement_id
			left join home_care_worker w on w.id = o.worker_id
			""";

	private static final String SELECT = """
			select o.id, o.person_id, p.name as person_name, o.community_id, pr.name as provider_name, i.name as item_name,
			       w.name as worker_name, o.status, o.planned_start,
			       (extract(epoch from (o.planned_end - o.planned_start)) / 60)::int as planned_minutes, o.minutes,
			       o.hourly_price, o.amount, o.government_amount, o.elder_amount, en.kind, o.satisfaction
			""";

	private static final String WHERE = """
			where (:all or o.community_id in (:scopeIds))
			  and o.service_month = :month
			  and (cast(:providerId as bigint) is null or o.provider_id = :providerId)
			  and (cast(:communityId as bigint) is null or o.community_id = :communityId)
			  and (cast(:workerId as bigint) is null or o.worker_id = :workerId)
			  and (cast(:personId as bigint) is null or o.person_id = :personId)
			  and (cast(:status as text) is null or o.status = :status)
			  and (not :sampled or (o.status = 'CONFIRMED' and (o.id * 37) % 100 < cast(:followUpShare as numeric) * 100))
			""";

	/**
	 * Order {@code o} is drawn for a follow-up call: a fixed, even spread over the ids at the standards' share
	 * ({@code :followUpShare}), so the draw is the same on every page and cannot be chosen (the list's filter above
	 * spells the same rule).
	 */
	static final String SAMPLE = "(o.id * 37) % 100 < cast(:followUpShare as numeric) * 100";

	/** Served orders of a month (checked out, confirmed or followed up) in scope. */
	private static final String SERVED = """
			from home_care_order o
			join home_care_provider pr on pr.id = o.provider_id
			join home_care_item i on i.id = o.item_id
			where o.service_month = :month and o.status in ('CHECKED_OUT', 'CONFIRMED', 'FOLLOWED_UP')
			  and (:all or o.community_id in (:scopeIds))
			""";

	private static final String MEASURES = """
			count(distinct o.person_id) as persons, count(*) as orders,
			round(coalesce(sum(o.minutes), 0) / 60.0, 2) as hours, coalesce(sum(o.amount), 0) as amount,
			coalesce(sum(o.government_amount), 0) as government, coalesce(sum(o.elder_amount), 0) as elder,
			count(o.satisfaction) as followed_up, count(*) filter (where o.satisfaction = 'SATISFIED') as satisfied
			""";

	private final JdbcClient jdbc;

	private final CommunityDirectory communities;

	private final Standards standards;

	HomeCareQueries(JdbcClient jdbc, CommunityDirectory communities, Standards standards) {
		this.jdbc = jdbc;
		this.communities = communities;
		this.standards = standards;
	}

	public Page<OrderRow> orders(OrderSearch search, YearMonth month, Pageable pageable, DataScope scope) {
		BigDecimal share = followUpShare(month);
		long total = bind(jdbc.sql("select count(*) " + FROM + WHERE), search, month, scope)
			.param("followUpShare", share)
			.query(Long.class)
			.single();
		List<OrderRow> rows = bind(jdbc.sql(SELECT + FROM + WHERE + " order by o.planned_start, o.id limit :limit offset :offset"),
				search, month, scope)
			.param("followUpShare", share)
			.param("limit", pageable.getPageSize())
			.param("offset", pageable.getOffset())
			.query((rs, n) -> row(rs, communities.names()))
			.list();
		return new PageImpl<>(rows, pageable, total);
	}

	private BigDecimal followUpShare(YearMonth month) {
		return standards.ratio(StandardParameter.HOME_CARE_FOLLOW_UP_SHARE, null, month);
	}

	/** Confirmed orders of this and last month drawn for a follow-up call and not yet called, in scope. */
	public long sampledWaiting(YearMonth month, DataScope scope) {
		return jdbc.sql("select count(*) from home_care_order o where o.status = 'CONFIRMED' and o.service_month in (:m, :prev) and "
				+ SAMPLE + " and (:all or o.community_id in (:scopeIds))")
			.param("m", month.atDay(1))
			.param("prev", month.minusMonths(1).atDay(1))
			.param("followUpShare", followUpShare(month))
			.param("all", scope.all())
			.param("scopeIds", scope.idsForQuery())
			.query(Long.class)
			.single();
	}

	/** Whether order {@code id} is drawn for a follow-up call (the same rule as {@link #SAMPLE}). */
	public boolean sampled(long id, YearMonth month) {
		return BigDecimal.valueOf((id * 37) % 100).compareTo(followUpShare(month).multiply(BigDecimal.valueOf(100))) < 0;
	}

	/** The orders a settlement pays, by elder and time. */
	public List<OrderRow> settlementLines(long settlementId) {
		return jdbc.sql(SELECT + FROM + " where o.settlement_id = :s order by p.name collate \"C\", o.planned_start, o.id")
			.param("s", settlementId)
			.query((rs, n) -> row(rs, communities.names()))
			.list();
	}

	public List<StatRow> byProvider(YearMonth month, DataScope scope) {
		return stats("pr.name", month, scope);
	}

	public List<StatRow> byItem(YearMonth month, DataScope scope) {
		return stats("i.name", month, scope);
	}

	public List<StatRow> byCommunity(YearMonth month, DataScope scope) {
		Map<Long, String> names = communities.names();
		return jdbc.sql("select o.community_id as label, " + MEASURES + SERVED + " group by o.community_id order by o.community_id")
			.param("month", month.atDay(1))
			.param("all", scope.all())
			.param("scopeIds", scope.idsForQuery())
			.query((rs, n) -> stat(rs, names.getOrDefault(rs.getLong("label"), "")))
			.list();
	}

	/** The month's totals in scope (one line). */
	public StatRow total(YearMonth month, DataScope scope) {
		return jdbc.sql("select '' as label, " + MEASURES + SERVED)
			.param("month", month.atDay(1))
			.param("all", scope.all())
			.param("scopeIds", scope.idsForQuery())
			.query((rs, n) -> stat(rs, ""))
			.single();
	}

	private List<StatRow> stats(String group, YearMonth month, DataScope scope) {
		return jdbc.sql("select " + group + " as label, " + MEASURES + SERVED + " group by " + group + " order by " + group)
			.param("month", month.atDay(1))
			.param("all", scope.all())
			.param("scopeIds", scope.idsForQuery())
			.query((rs, n) -> stat(rs, rs.getString("label")))
			.list();
	}

	private static StatRow stat(ResultSet rs, String label) throws SQLException {
		return new StatRow(label, rs.getLong("persons"), rs.getLong("orders"), rs.getBigDecimal("hours"),
				rs.getBigDecimal("amount"), rs.getBigDecimal("government"), rs.getBigDecimal("elder"),
				rs.getLong("followed_up"), rs.getLong("satisfied"));
	}

	private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec spec, OrderSearch s, YearMonth month,
			DataScope scope) {
		return spec.param("all", scope.all())
			.param("scopeIds", scope.idsForQuery())
			.param("month", month.atDay(1))
			.param("providerId", s.providerId())
			.param("communityId", s.communityId())
			.param("workerId", s.workerId())
			.param("personId", s.personId())
			.param("status", s.status() == null ? null : s.status().name())
			.param("sampled", s.onlySampled());
	}

	private static OrderRow row(ResultSet rs, Map<Long, String> names) throws SQLException {
		long community = rs.getLong("community_id");
		String satisfaction = rs.getString("satisfaction");
		return new OrderRow(rs.getLong("id"), rs.getLong("person_id"), rs.getString("person_name"), community,
				names.getOrDefault(community, ""), rs.getString("provider_name"), rs.getString("item_name"),
				rs.getString("worker_name"), OrderStatus.valueOf(rs.getString("status")),
				rs.getObject("planned_start", java.time.OffsetDateTime.class).toInstant(), rs.getInt("planned_minutes"),
				rs.getObject("minutes", Integer.class), rs.getBigDecimal("hourly_price"), rs.getBigDecimal("amount"),
				rs.getBigDecimal("government_amount"), rs.getBigDecimal("elder_amount"),
				EntitlementKind.valueOf(rs.getString("kind")), satisfaction == null ? null : Satisfaction.valueOf(satisfaction));
	}

}
