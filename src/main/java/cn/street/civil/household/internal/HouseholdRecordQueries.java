package cn.street.civil.household.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import cn.street.civil.household.PersonStatus;
import cn.street.civil.household.Relation;
import cn.street.civil.shared.idcard.Sex;
import cn.street.civil.shared.privacy.Masking;
import cn.street.civil.shared.security.CurrentUser;
import cn.street.civil.shared.security.Roles;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import static cn.street.civil.household.internal.HouseholdQueries.bindScope;

/**
 * The registry's record pages: one household's members and history, and every household a person was in. Each
 * query takes the user's data scope in its WHERE clause, so a record of another community reads as empty (or, for
 * a person's past households, without its address and number).
 */
@Component
@Transactional(readOnly = true)
@PreAuthorize(Roles.CASE_READ)
public class HouseholdRecordQueries {

	private static final ZoneId OFFICE_ZONE = ZoneId.of("Asia/Shanghai");

	private final JdbcClient jdbc;

	private final Clock clock;

	HouseholdRecordQueries(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** The household's members, current and past; none when the household is outside the user's scope. */
	public List<MemberRow> members(long householdId, CurrentUser user) {
		return bindScope(jdbc.sql("""
				select p.id, p.name, p.id_no_prefix, p.id_no_tail, p.sex, p.birth_date, p.phone, p.status,
				       date_part('year', age(cast(:today as date), p.birth_date)) as age,
				       m.relation, m.valid_from, m.valid_to, m.end_reason
				from household_membership m join person p on p.id = m.person_id
				join household h on h.id = m.household_id
				where m.household_id = :householdId and (:allCommunities or h.community_id in (:scopeIds))
				order by (m.valid_to is null) desc, (m.relation = 'HEAD') desc, p.birth_date, m.id
				"""), user)
			.param("householdId", householdId)
			.param("today", LocalDate.now(clock))
			.query((rs, n) -> new MemberRow(rs.getLong("id"), rs.getString("name"),
					Masking.idNumber(rs.getString("id_no_prefix"), rs.getString("id_no_tail")),
					Sex.valueOf(rs.getString("sex")), rs.getObject("birth_date", LocalDate.class), rs.getInt("age"),
					Relation.valueOf(rs.getString("relation")), Masking.phone(rs.getString("phone")),
					PersonStatus.valueOf(rs.getString("status")), rs.getObject("valid_from", LocalDate.class),
					rs.getObject("valid_to", LocalDate.class), rs.getString("end_reason")))
			.list();
	}

	/** The household's history, newest first; none when the household is outside the user's scope. */
	public List<HistoryRow> history(long householdId, CurrentUser user) {
		return bindScope(jdbc.sql("""
				select e.event_date, e.event_type, p.name as person_name, e.reason, e.details, e.recorded_at, e.recorded_by
				from household_event e left join person p on p.id = e.person_id
				join household h on h.id = e.household_id
				where e.household_id = :householdId and (:allCommunities or h.community_id in (:scopeIds))
				order by e.recorded_at desc, e.id desc
				"""), user)
			.param("householdId", householdId)
			.query((rs, n) -> new HistoryRow(rs.getObject("event_date", LocalDate.class), rs.getString("event_type"),
					rs.getString("person_name"), rs.getString("reason"), rs.getString("details"),
					rs.getTimestamp("recorded_at").toInstant().atZone(OFFICE_ZONE).toLocalDateTime(),
					rs.getString("recorded_by")))
			.list();
	}

	/**
	 * Every household the person was ever in, newest first (the person page). A household outside the user's
	 * scope (the person moved in from another community) keeps its dates, relation and end reason, but its
	 * id, number, address and community are null and {@code visible} is false.
	 */
	public List<Map<String, Object>> householdsOf(long personId, CurrentUser user) {
		return bindScope(jdbc.sql("""
				select v.visible, case when v.visible then h.id end as id,
				       case when v.visible then h.household_no end as household_no,
				       case when v.visible then h.address end as address,
				       case when v.visible then c.name end as community_name,
				       m.relation, m.valid_from, m.valid_to, m.end_reason
				from household_membership m join household h on h.id = m.household_id
				join community c on c.id = h.community_id
				cross join lateral (select (:allCommunities or h.community_id in (:scopeIds)) as visible) v
				where m.person_id = :personId order by m.valid_from desc, m.id desc
				"""), user).param("personId", personId).query().listOfRows();
	}

}
