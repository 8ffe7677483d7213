package cn.street.civil.payout.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import cn.street.civil.community.CommunityDirectory;
import cn.street.civil.community.CommunityRef;
import cn.street.civil.payout.batch.PayoutProgrammes;
import cn.street.civil.payout.spi.PayoutProgramme;
import cn.street.civil.shared.security.DataScope;
import cn.street.civil.shared.security.Roles;

/**
 * The 月报 (DOMAIN §9 月报表) summed in the database from the lines of APPROVED batches only, with the user's scope
 * (and the optional community filter) in every WHERE clause. The figures of M, of M−1, the year to date and the
 * month's 补发 / 追回 come from one pass over the lines with {@code GROUPING SETS}, so a 合计 is the database's own
 * sum (distinct households included), never a Java re-addition of rounded rows.
 */
@Component
@Transactional(readOnly = true)
@PreAuthorize(Roles.CASE_READ)
public class PayoutReportQueries {

	/** How many months the trend chart shows, ending with M. */
	public static final int TREND_MONTHS = 12;

	private static final List<String> RESIDENCES = List.of("URBAN", "RURAL", "NONE");

	private static final String SCOPE = "\n and (:all or %1$s.community_id in (:scopeIds))"
			+ "\n and (cast(:community as bigint) is null or %1$s.community_id = :community)\n";

	/** grouping(community_id, residence): 0 a community's 城 or 乡, 1 the community, 3 the programme. */
	private static final String GROUPING_SETS = "\ngroup by grouping sets ((programme, community_id, residence),"
			+ " (programme, community_id), (programme))";

	private static final String FIGURES = """
			with l as (
			    select b.programme, b.kind, b.month, l.community_id, coalesce(l.residence_type, 'NONE') as residence,
			           l.household_id, l.person_count, l.amount, l.change_mark
			    from payout_batch b join payout_line l on l.batch_id = b.id
			    where b.state = 'APPROVED' and b.month between :from and :month""" + SCOPE.formatted("l") + """
			)
			select programme, community_id, residence, grouping(community_id, residence) as g,
			       count(distinct household_id) filter (where kind = 'REGULAR' and month = :month) as households,
			       coalesce(sum(person_count) filter (where kind = 'REGULAR' and month = :month), 0) as persons,
			       coalesce(sum(amount) filter (where kind = 'REGULAR' and month = :month), 0) as amount,
			       count(*) filter (where kind = 'REGULAR' and month = :month and change_mark = 'NEW') as added,
			       count(distinct household_id) filter (where kind = 'REGULAR' and month = :previous) as previous_households,
			       coalesce(sum(person_count) filter (where kind = 'REGULAR' and month = :previous), 0) as previous_persons,
			       coalesce(sum(amount) filter (where kind = 'REGULAR' and month = :previous), 0) as previous_amount,
			       coalesce(sum(amount) filter (where kind = 'REGULAR' and month >= :january), 0) as year_to_date,
			       coalesce(sum(amount) filter (where kind = 'BACK_PAY' and month = :month), 0) as back_pay,
			       coalesce(sum(amount) filter (where kind = 'RECOVERY' and month = :month), 0) as recovery
			from l""" + GROUPING_SETS;

	private static final String STOPS = """
			with s as (
			    select b.programme, s.community_id, coalesce(p.residence_type, 'NONE') as residence
			    from payout_batch b join payout_stop s on s.batch_id = b.id
			    join payout_line p on p.id = s.previous_line_id
			    where b.state = 'APPROVED' and b.kind = 'REGULAR' and b.month = :month""" + SCOPE.formatted("s") + """
			)
			select programme, community_id, residence, grouping(community_id, residence) as g, count(*) as stopped
			from s""" + GROUPING_SETS;

	private static final String POPULATION = """
			select p.community_id, grouping(p.community_id) as g, count(*) as population
			from registry_person p where p.status = 'ACTIVE'""" + SCOPE.formatted("p") + "group by rollup (p.community_id)";

	private final JdbcClient jdbc;

	private final PayoutProgrammes programmes;

	private final CommunityDirectory communities;

	private final MessageSource messages;

	PayoutReportQueries(JdbcClient jdbc, PayoutProgrammes programmes, CommunityDirectory communities,
			MessageSource messages) {
		this.jdbc = jdbc;
		this.programmes = programmes;
		this.communities = communities;
		this.messages = messages;
	}

	/** The latest month with an approved regular batch of any programme. */
	public Optional<YearMonth> latestApprovedMonth() {
		return jdbc.sql("select max(month) from payout_batch where state = 'APPROVED' and kind = 'REGULAR'")
			.query((rs, n) -> rs.getDate(1))
			.optional()
			.map(date -> YearMonth.from(date.toLocalDate()));
	}

	/** The 月报 of {@code month} in {@code scope}, optionally of one community (already checked to be in scope). */
	public MonthlyReport report(YearMonth month, Long community, DataScope scope) {
		Map<Long, CommunityRef> byId = new LinkedHashMap<>();
		communities.all().forEach(c -> byId.put(c.id(), c));
		Map<Key, Figures> figures = figures(month, community, scope);
		Map<Key, Long> stops = stops(month, community, scope);
		Map<Long, Long> population = population(community, scope);
		Map<String, List<ReportBatch>> batches = batches(month);

		List<ProgrammeReport> reports = new ArrayList<>();
		for (PayoutProgramme programme : programmes.all()) {
			String code = programme.code();
			boolean average = programme.reportsAverageTopUp();
			List<ReportRow> rows = new ArrayList<>();
			List<Long> ids = new ArrayList<>(byId.keySet());
			figures.keySet().stream().map(Key::community).filter(id -> id != null && !byId.containsKey(id))
				.distinct().forEach(ids::add);
			for (Long id : ids) {
				Key subtotal = new Key(code, ReportLevel.COMMUNITY, id, null);
				if (!figures.containsKey(subtotal) && !stops.containsKey(subtotal)) {
					continue;
				}
				String name = byId.containsKey(id) ? byId.get(id).name() : String.valueOf(id);
				for (String residence : RESIDENCES) {
					Key detail = new Key(code, ReportLevel.DETAIL, id, residence);
					if (figures.containsKey(detail) || stops.containsKey(detail)) {
						rows.add(row(detail, name, figures, stops, null, average));
					}
				}
				rows.add(row(subtotal, name, figures, stops, population.getOrDefault(id, 0L), average));
			}
			ReportRow total = row(new Key(code, ReportLevel.PROGRAMME, null, null), null, figures, stops,
					population.getOrDefault(null, 0L), average);
			reports.add(new ProgrammeReport(code, average, List.copyOf(rows), total,
					batches.getOrDefault(code, List.of())));
		}
		return new MonthlyReport(month, community, List.copyOf(reports), trend(month, community, scope));
	}

	/**
	 * Amount and persons per programme for the {@value #TREND_MONTHS} months ending with {@code month}, from the
	 * approved regular batches in scope: {@code {months: [...], programmes: [{code, label, amounts: [...], persons:
	 * [...]}]}}, null where a month has no approved batch (a gap, not a zero).
	 */
	public Map<String, Object> trend(YearMonth month, Long community, DataScope scope) {
		YearMonth first = month.minusMonths(TREND_MONTHS - 1L);
		Map<String, Map<YearMonth, BigDecimal[]>> values = new HashMap<>();
		jdbc.sql("""
				select b.programme, b.month, coalesce(sum(l.person_count), 0) as persons, coalesce(sum(l.amount), 0) as amount
				from payout_batch b join payout_line l on l.batch_id = b.id
				where b.state = 'APPROVED' and b.kind = 'REGULAR' and b.month between :from and :month"""
				+ SCOPE.formatted("l") + "group by b.programme, b.month")
			.param("from", first.atDay(1))
			.param("month", month.atDay(1))
			.param("all", scope.all())
			.param("scopeIds", scope.idsForQuery())
			.param("community", community)
			.query((rs, n) -> {
				values.computeIfAbsent(rs.getString("programme"), k -> new HashMap<>())
					.put(YearMonth.from(rs.getDate("month").toLocalDate()),
							new BigDecimal[] { rs.getBigDecimal("amount").setScale(2), rs.getBigDecimal("persons") });
				return null;
			})
			.list();
		List<String> months = new ArrayList<>();
		for (YearMonth m = first; !m.isAfter(month); m = m.plusMonths(1)) {
			months.add(m.toString());
		}
		List<Map<String, Object>> series = new ArrayList<>();
		for (PayoutProgramme programme : programmes.all()) {
			Map<YearMonth, BigDecimal[]> byMonth = values.getOrDefault(programme.code(), Map.of());
			List<BigDecimal> amounts = new ArrayList<>();
			List<Long> persons = new ArrayList<>();
			for (YearMonth m = first; !m.isAfter(month); m = m.plusMonths(1)) {
				BigDecimal[] v = byMonth.get(m);
				amounts.add(v == null ? null : v[0]);
				persons.add(v == null ? null : v[1].longValueExact());
			}
			Map<String, Object> one = new LinkedHashMap<>();
			one.put("code", programme.code());
			one.put("label", messages.getMessage("payout.programme." + programme.code(), null, programme.code(),
					java.util.Locale.SIMPLIFIED_CHINESE));
			one.put("amounts", amounts);
			one.put("persons", persons);
			series.add(one);
		}
		Map<String, Object> trend = new LinkedHashMap<>();
		trend.put("months", months);
		trend.put("programmes", series);
		return trend;
	}

	private Map<Key, Figures> figures(YearMonth month, Long community, DataScope scope) {
		YearMonth january = YearMonth.of(month.getYear(), 1);
		YearMonth previous = month.minusMonths(1);
		LocalDate from = (previous.isBefore(january) ? previous : january).atDay(1);
		Map<Key, Figures> result = new HashMap<>();
		jdbc.sql(FIGURES)
			.param("from", from)
			.param("month", month.atDay(1))
			.param("previous", previous.atDay(1))
			.param("january", january.atDay(1))
			.param("all", scope.all())
			.param("scopeIds", scope.idsForQuery())
			.param("community", community)
			.query((rs, n) -> {
				result.put(key(rs), new Figures(rs.getLong("households"), rs.getLong("persons"), money(rs, "amount"),
						rs.getLong("added"), rs.getLong("previous_households"), rs.getLong("previous_persons"),
						money(rs, "previous_amount"), money(rs, "year_to_date"), money(rs, "back_pay"),
						money(rs, "recovery")));
				return null;
			})
			.list();
		return result;
	}

	private Map<Key, Long> stops(YearMonth month, Long community, DataScope scope) {
		Map<Key, Long> result = new HashMap<>();
		jdbc.sql(STOPS)
			.param("month", month.atDay(1))
			.param("all", scope.all())
			.param("scopeIds", scope.idsForQuery())
			.param("community", community)
			.query((rs, n) -> {
				result.put(key(rs), rs.getLong("stopped"));
				return null;
			})
			.list();
		return result;
	}

	/** 户籍人口 per community in scope, and (under the null key) of the whole scope shown. */
	private Map<Long, Long> population(Long community, DataScope scope) {
		Map<Long, Long> result = new HashMap<>();
		jdbc.sql(POPULATION)
			.param("all", scope.all())
			.param("scopeIds", scope.idsForQuery())
			.param("community", community)
			.query((rs, n) -> {
				result.put(rs.getInt("g") == 1 ? null : rs.getLong("community_id"), rs.getLong("population"));
				return null;
			})
			.list();
		return result;
	}

	/** The month's batches of every programme (not scoped: a batch is the street's; its lines are scoped). */
	private Map<String, List<ReportBatch>> batches(YearMonth month) {
		Map<String, List<ReportBatch>> result = new HashMap<>();
		jdbc.sql("""
				select id, programme, kind, state, line_count, total_amount, approved_by, approved_at
				from payout_batch where month = :month order by programme, kind desc, id""")
			.param("month", month.atDay(1))
			.query((rs, n) -> {
				Timestamp approvedAt = rs.getTimestamp("approved_at");
				result.computeIfAbsent(rs.getString("programme"), k -> new ArrayList<>())
					.add(new ReportBatch(rs.getLong("id"), rs.getString("programme"), rs.getString("kind"),
							rs.getString("state"), rs.getLong("line_count"), money(rs, "total_amount"),
							rs.getString("approved_by"), approvedAt == null ? null : approvedAt.toInstant()));
				return null;
			})
			.list();
		return result;
	}

	private static ReportRow row(Key key, String name, Map<Key, Figures> figures, Map<Key, Long> stops,
			Long population, boolean average) {
		Figures f = figures.getOrDefault(key, Figures.NONE);
		BigDecimal averageTopUp = average && f.persons() > 0
				? f.amount().divide(BigDecimal.valueOf(f.persons()), 2, RoundingMode.HALF_UP) : null;
		BigDecimal coverage = population != null && population > 0
				? BigDecimal.valueOf(f.persons())
					.multiply(BigDecimal.valueOf(100))
					.divide(BigDecimal.valueOf(population), 2, RoundingMode.HALF_UP)
				: null;
		return new ReportRow(key.programme(), key.level(), key.community(), name, key.residence(), f.households(),
				f.persons(), f.amount(), averageTopUp, f.added(), stops.getOrDefault(key, 0L), f.previousHouseholds(),
				f.previousPersons(), f.previousAmount(), f.yearToDate(), f.backPay(), f.recovery(), population,
				coverage);
	}

	private static Key key(ResultSet rs) throws SQLException {
		int g = rs.getInt("g");
		ReportLevel level = g == 0 ? ReportLevel.DETAIL : g == 1 ? ReportLevel.COMMUNITY : ReportLevel.PROGRAMME;
		Long community = level == ReportLevel.PROGRAMME ? null : rs.getLong("community_id");
		return new Key(rs.getString("programme"), level, community,
				level == ReportLevel.DETAIL ? rs.getString("residence") : null);
	}

	private static BigDecimal money(ResultSet rs, String column) throws SQLException {
		return rs.getBigDecimal(column).setScale(2, RoundingMode.UNNECESSARY);
	}

	private record Key(String programme, ReportLevel level, Long community, String residence) {
	}

	private record Figures(long households, long persons, BigDecimal amount, long added, long previousHouseholds,
			long previousPersons, BigDecimal previousAmount, BigDecimal yearToDate, BigDecimal backPay,
			BigDecimal recovery) {

		static final Figures NONE = new Figures(0, 0, BigDecimal.ZERO.setScale(2), 0, 0, 0,
				BigDecimal.ZERO.setScale(2), BigDecimal.ZERO.setScale(2), BigDecimal.ZERO.setScale(2),
				BigDecimal.ZERO.setScale(2));

	}

}
