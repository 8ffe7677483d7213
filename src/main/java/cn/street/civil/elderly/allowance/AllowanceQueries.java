package cn.street.civil.elderly.allowance;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import cn.street.civil.community.CommunityDirectory;
import cn.street.civil.shared.privacy.Masking;
import cn.street.civil.shared.security.DataScope;
import cn.street.civil.standard.AgeAllowanceStartRule;
import cn.street.civil.standard.StandardParameter;
import cn.street.civil.standard.Standards;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The 高龄补贴 lists. The enrolment list shows what the payout pays: it joins the programme's own entitlement query
 * for the month, so the page and the roster never disagree. The newly eligible: living persons in scope who reach
 * the allowance age by the reference day of next month and hold no enrolment paying then.
 */
@Component
@Transactional(readOnly = true)
public class AllowanceQueries {

	static final int EXPORT_LIMIT = 50_000;

	/** The 80+ persons not enrolled for next month (counted without the page's last-stop join, see ELIGIBLE). */
	private static final String ELIGIBLE_PERSONS = """
			from registry_person p
			where p.status = 'ACTIVE'
			  and p.birth_date <= cast(:ref as date) - interval '80 years'
			  and not exists (select 1 from age_allowance_enrolment e where e.person_id = p.id
			                  and (e.stop_month is null or e.stop_month > cast(:next as date)))
			  and (:all or p.community_id in (:scopeIds))
			  and (cast(:communityId as bigint) is null or p.community_id = :communityId)
			  and (cast(:q as text) is null or p.name like :qPrefix)
			""";

	/** The eligible list's rows with the reason their last enrolment stopped, if any. */
	private static final String ELIGIBLE = "from (select p.* " + ELIGIBLE_PERSONS + ") p\n" + """
			left join lateral (select e.stop_reason from age_allowance_enrolment e where e.person_id = p.id
			                   order by e.first_month desc, e.id desc limit 1) last on true
			""";

	private static final String ENROLMENTS = """
			from age_allowance_enrolment e
			join registry_person p on p.id = e.person_id
			left join ent on ent.source_id = e.id
			where (:all or p.community_id in (:scopeIds))
			  and (cast(:communityId as bigint) is null or p.community_id = :communityId)
			  and (cast(:q as text) is null or p.name like :qPrefix)
			  and (cast(:tier as text) is null or ent.tier = :tier)
			  and (cast(:status as text) is null or (:status = 'PAYING' and ent.source_id is not null)
			       or (:status = 'STOPPED' and e.stop_month <= cast(:month as date)))
			  and (cast(:personId as bigint) is null or e.person_id = :personId)
			""";

	private final JdbcClient jdbc;

	private final CommunityDirectory communities;

	private final AgeAllowanceProgramme programme;

	private final Standards standards;

	AllowanceQueries(JdbcClient jdbc, CommunityDirectory communities, AgeAllowanceProgramme programme,
			Standards standards) {
		this.jdbc = jdbc;
		this.communities = communities;
		this.programme = programme;
		this.standards = standards;
	}

	/** The start rule of {@code month} (the only standard the eligibility needs). */
	private AgeAllowanceStartRule rule(YearMonth month) {
		return standards.choice(StandardParameter.AGE_ALLOWANCE_START_RULE, null, month, AgeAllowanceStartRule.class);
	}

	/** The newly eligible for next month {@code next}, oldest first. */
	public Page<EligibleRow> eligible(Long communityId, String q, YearMonth next, Pageable pageable, DataScope scope) {
		AgeAllowanceStartRule rule = rule(next);
		LocalDate ref = AllowanceRules.reference(next, rule);
		long total = eligibleSpec("select count(*) " + ELIGIBLE_PERSONS, communityId, next, ref, scope).param("q", q)
			.param("qPrefix", prefix(q)).query(Long.class).single();
		Map<Long, String> names = communities.names();
		List<EligibleRow> rows = eligibleSpec("""
				select p.id, p.name, p.id_no_prefix, p.id_no_tail, p.birth_date, p.community_id, last.stop_reason
				""" + ELIGIBLE + " order by p.birth_date, p.id limit :limit offset :offset", communityId, next, ref, scope)
			.param("q", q)
			.param("qPrefix", prefix(q))
			.param("limit", pageable.getPageSize())
			.param("offset", pageable.getOffset())
			.query((rs, n) -> {
				LocalDate birth = rs.getObject("birth_date", LocalDate.class);
				String stop = rs.getString("stop_reason");
				long community = rs.getLong("community_id");
				return new EligibleRow(rs.getLong("id"), rs.getString("name"),
						Masking.idNumber(rs.getString("id_no_prefix"), rs.getString("id_no_tail")), birth, community,
						names.getOrDefault(community, ""),
						AllowanceRules.eligibleFrom(birth, rule),
						stop == null ? null : StopReason.valueOf(stop));
			})
			.list();
		return new PageImpl<>(rows, pageable, total);
	}

	/** How many are newly eligible for next month in scope (the home page's to-do). */
	public long eligibleCount(YearMonth next, DataScope scope) {
		LocalDate ref = AllowanceRules.reference(next, rule(next));
		return eligibleSpec("select count(*) " + ELIGIBLE_PERSONS, null, next, ref, scope).param("q", null)
			.param("qPrefix", null).query(Long.class).single();
	}

	/** A name typed in the search box as a LIKE prefix (wildcards escaped), null when nothing was typed. */
	private static String prefix(String q) {
		return q == null ? null : q.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
	}

	private JdbcClient.StatementSpec eligibleSpec(String sql, Long communityId, YearMonth next, LocalDate ref,
			DataScope scope) {
		return jdbc.sql(sql)
			.param("ref", ref)
			.param("next", next.atDay(1))
			.param("all", scope.all())
			.param("scopeIds", scope.idsForQuery())
			.param("communityId", communityId);
	}

	public Page<EnrolmentRow> enrolments(AllowanceSearch search, YearMonth month, Pageable pageable, DataScope scope) {
		long total = enrolmentSpec("select count(*) " + ENROLMENTS, search, month, null, scope).query(Long.class).single();
		List<EnrolmentRow> rows = enrolmentSpec(SELECT + ENROLMENTS
				+ " order by p.community_id, p.name collate \"C\", e.id desc limit :limit offset :offset", search, month,
				null, scope)
			.param("limit", pageable.getPageSize())
			.param("offset", pageable.getOffset())
			.query((rs, n) -> row(rs, communities.names()))
			.list();
		return new PageImpl<>(rows, pageable, total);
	}

	public List<EnrolmentRow> export(AllowanceSearch search, YearMonth month, DataScope scope) {
		return enrolmentSpec(SELECT + ENROLMENTS + " order by p.community_id, p.name collate \"C\", e.id desc limit "
				+ EXPORT_LIMIT, search, month, null, scope)
			.query((rs, n) -> row(rs, communities.names()))
			.list();
	}

	/** A person's enrolments with what each pays in {@code month}. */
	public List<EnrolmentRow> ofPerson(long personId, YearMonth month, DataScope scope) {
		return enrolmentSpec(SELECT + ENROLMENTS + " order by e.first_month desc, e.id desc", AllowanceSearch.empty(),
				month, personId, scope)
			.query((rs, n) -> row(rs, communities.names()))
			.list();
	}

	private static final String SELECT = """
			select e.id, e.person_id, p.name, p.id_no_prefix, p.id_no_tail, p.birth_date, p.community_id, e.first_month,
			       e.stop_month, e.stop_reason, e.backpay_reason, ent.tier, ent.amount, ent.change_note
			""";

	private JdbcClient.StatementSpec enrolmentSpec(String sql, AllowanceSearch s, YearMonth month, Long personId,
			DataScope scope) {
		String q = s.q() == null || s.q().isBlank() ? null : s.q().strip();
		JdbcClient.StatementSpec spec = jdbc.sql("with ent as (" + programme.entitlementsSql() + ") " + sql)
			.params(programme.parameters(month))
			.param("month", month.atDay(1))
			.param("all", scope.all())
			.param("scopeIds", scope.idsForQuery())
			.param("communityId", s.communityId())
			.param("q", q)
			.param("qPrefix", q == null ? null : q.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%")
			.param("tier", s.tier() == null ? null : s.tier().name())
			.param("status", s.status() == null || s.status().isBlank() ? null : s.status())
			.param("personId", personId);
		return spec;
	}

	private static EnrolmentRow row(ResultSet rs, Map<Long, String> names) throws SQLException {
		long community = rs.getLong("community_id");
		LocalDate stop = rs.getObject("stop_month", LocalDate.class);
		String stopReason = rs.getString("stop_reason");
		String backpay = rs.getString("backpay_reason");
		String tier = rs.getString("tier");
		BigDecimal amount = rs.getBigDecimal("amount");
		return new EnrolmentRow(rs.getLong("id"), rs.getLong("person_id"), rs.getString("name"),
				Masking.idNumber(rs.getString("id_no_prefix"), rs.getString("id_no_tail")),
				rs.getObject("birth_date", LocalDate.class), community, names.getOrDefault(community, ""),
				YearMonth.from(rs.getObject("first_month", LocalDate.class)), stop == null ? null : YearMonth.from(stop),
				stopReason == null ? null : StopReason.valueOf(stopReason),
				backpay == null ? null : BackpayReason.valueOf(backpay), tier == null ? null : AgeTier.valueOf(tier),
				amount, rs.getString("change_note"));
	}

}
