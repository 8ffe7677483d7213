package cn.street.civil.care.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import cn.street.civil.community.CommunityDirectory;
import cn.street.civil.shared.security.CurrentUser;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The read side of the holiday visit campaigns: the campaigns with their totals, a campaign's progress and totals per
 * community, its visit rows (the list and the printed sign-off sheet), the needy households that may be hand-picked.
 * Everything about households is scoped by the visit's community: a community caseworker sees the campaign, but only
 * the households and totals of their own community.
 */
@Component
@Transactional(readOnly = true)
@PreAuthorize("@careAccess.reads()")
class CampaignQueries {

	record Summary(long id, CampaignKind kind, int year, String title, String state, long households, long visited,
			BigDecimal cash, BigDecimal goodsValue) {

		public boolean open() {
			return "OPEN".equals(state);
		}

	}

	/** A community's progress: households on the list, visited, cash and goods value given. */
	record Progress(long communityId, String communityName, long households, long visited, BigDecimal cash,
			BigDecimal goodsValue) {

		public int percent() {
			return households == 0 ? 0 : (int) (visited * 100 / households);
		}

	}

	record VisitRow(long id, long householdId, String householdNo, long communityId, String communityName,
			long personId, String name, String basis, boolean handPicked, LocalDate visitedOn, String visitors,
			BigDecimal cash, String goods, BigDecimal goodsValue, String notes, String recordedBy, long version) {

		public boolean visited() {
			return visitedOn != null;
		}

	}

	record Needy(long householdId, String householdNo, long communityId, String communityName, String name) {
	}

	private final JdbcClient jdbc;

	private final CommunityDirectory communities;

	CampaignQueries(JdbcClient jdbc, CommunityDirectory communities) {
		this.jdbc = jdbc;
		this.communities = communities;
	}

	List<Summary> campaigns(CurrentUser user) {
		return jdbc.sql("""
				select c.id, c.kind, c.year, c.title, c.state, count(v.id) as households, count(v.visited_on) as visited,
				       coalesce(sum(v.cash), 0) as cash, coalesce(sum(v.goods_value), 0) as goods_value
				from care_campaign c
				left join care_campaign_visit v on v.campaign_id = c.id and (:all or v.community_id in (:scopeIds))
				group by c.id order by c.year desc, c.kind desc, c.id desc limit 200""")
			.param("all", user.scope().all()).param("scopeIds", user.scope().idsForQuery())
			.query((rs, n) -> new Summary(rs.getLong("id"), CampaignKind.valueOf(rs.getString("kind")), rs.getInt("year"),
					rs.getString("title"), rs.getString("state"), rs.getLong("households"), rs.getLong("visited"),
					rs.getBigDecimal("cash"), rs.getBigDecimal("goods_value")))
			.list();
	}

	List<Progress> progress(long campaignId, CurrentUser user) {
		Map<Long, String> names = communities.names();
		return jdbc.sql("""
				select v.community_id, count(*) as households, count(v.visited_on) as visited,
				       coalesce(sum(v.cash), 0) as cash, coalesce(sum(v.goods_value), 0) as goods_value
				from care_campaign_visit v where v.campaign_id = :campaign and (:all or v.community_id in (:scopeIds))
				group by v.community_id order by v.community_id""")
			.param("campaign", campaignId).param("all", user.scope().all()).param("scopeIds", user.scope().idsForQuery())
			.query((rs, n) -> new Progress(rs.getLong("community_id"), names.getOrDefault(rs.getLong("community_id"), ""),
					rs.getLong("households"), rs.getLong("visited"), rs.getBigDecimal("cash"),
					rs.getBigDecimal("goods_value")))
			.list();
	}

	/** The visit rows in scope, by community and 户号; {@code unvisited} keeps only those not yet visited. */
	List<VisitRow> visits(long campaignId, Long communityId, boolean unvisited, CurrentUser user) {
		Map<Long, String> names = communities.names();
		return jdbc.sql("""
				select v.*, h.household_no, p.name
				from care_campaign_visit v
				join registry_household h on h.id = v.household_id
				join registry_person p on p.id = v.person_id
				where v.campaign_id = :campaign and (:all or v.community_id in (:scopeIds))
				  and (cast(:communityId as bigint) is null or v.community_id = :communityId)
				  and (not :unvisited or v.visited_on is null)
				order by v.community_id, h.household_no, v.id limit 5000""")
			.param("campaign", campaignId).param("all", user.scope().all()).param("scopeIds", user.scope().idsForQuery())
			.param("communityId", communityId).param("unvisited", unvisited)
			.query((rs, n) -> new VisitRow(rs.getLong("id"), rs.getLong("household_id"), rs.getString("household_no"),
					rs.getLong("community_id"), names.getOrDefault(rs.getLong("community_id"), ""),
					rs.getLong("person_id"), rs.getString("name"), rs.getString("basis"), rs.getBoolean("hand_picked"),
					rs.getObject("visited_on", LocalDate.class), rs.getString("visitors"), rs.getBigDecimal("cash"),
					rs.getString("goods"), rs.getBigDecimal("goods_value"), rs.getString("notes"),
					rs.getString("recorded_by"), rs.getLong("version")))
			.list();
	}

	/** The needy households of a basis this month, in scope, not on the list yet (at most 500, by 户号). */
	List<Needy> needy(long campaignId, NeedyBasis basis, Long communityId, LocalDate month, CurrentUser user) {
		Map<Long, String> names = communities.names();
		return jdbc.sql("select x.household_id, h.household_no, h.community_id, p.name "
				+ CampaignSql.NEEDY.formatted(CampaignSql.source(basis)) + " order by h.household_no limit 500")
			.param("campaign", campaignId).param("month", month).param("all", user.scope().all())
			.param("scopeIds", user.scope().idsForQuery()).param("communityId", communityId)
			.query((rs, n) -> new Needy(rs.getLong("household_id"), rs.getString("household_no"),
					rs.getLong("community_id"), names.getOrDefault(rs.getLong("community_id"), ""), rs.getString("name")))
			.list();
	}

}
