package cn.street.civil.payout.report;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.street.civil.community.CommunityDirectory;
import cn.street.civil.shared.excel.ImportLimits;
import cn.street.civil.shared.excel.ImportedRow;
import cn.street.civil.shared.excel.ImportedSheet;
import cn.street.civil.shared.excel.XlsxImport;
import cn.street.civil.support.DemoUsers;
import cn.street.civil.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The 月报 against sums this test computes itself from payout_line: for every approved month in the database (the
 * demo's own twelve approved months among them) and for a month of its own (2000-01, with December 1999 before it) whose figures are known
 * to the fen — 补发, 追回, a stop, a new household, a January year-to-date that does not reach back into December,
 * and batches that are not approved and must not count. Scope, roles, the trend's JSON and the Excel export.
 */
@IntegrationTest
class PayoutReportIntegrationTests {

	static final YearMonth JANUARY = ReportFixture.JANUARY;

	static final String DIBAO = ReportFixture.DIBAO;

	static final String TEKUN = ReportFixture.TEKUN;

	/** hongyuan's community and another one. */
	long a;

	long b;

	@Autowired
	MockMvc mvc;

	@Autowired
	DemoUsers users;

	@Autowired
	UserDetailsService accounts;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	CommunityDirectory communities;

	@Autowired
	MessageSource messages;

	@BeforeEach
	void fixture() {
		ReportFixture.ensure(jdbc, accounts, communities);
		a = ReportFixture.a;
		b = ReportFixture.b;
	}

	// --- the month of its own, known to the fen -------------------------------------------------------------------

	@Test
	void januaryAddsUpToTheFenFromTheApprovedBatchesOnly() throws Exception {
		MonthlyReport report = report("chief", JANUARY, null);
		ProgrammeReport dibao = programme(report, DIBAO);
		long population = population(a);

		ReportRow urban = row(dibao, ReportLevel.DETAIL, a, "URBAN");
		assertFigures(urban, 2, 5, "1660.11", "332.02", 1, 0);
		assertThat(urban.previousHouseholds()).isEqualTo(1);
		assertThat(urban.previousPersons()).isEqualTo(2);
		assertThat(urban.previousAmount()).isEqualByComparingTo("600.10");
		assertThat(urban.amountChange()).isEqualByComparingTo("1060.01");
		assertThat(urban.yearToDate()).as("January: the year to date does not reach into December")
			.isEqualByComparingTo("1660.11");
		assertThat(urban.backPay()).as("the draft 补发 of 999.99 does not count").isEqualByComparingTo("50.01");
		assertThat(urban.recovery()).isEqualByComparingTo("0.00");

		ReportRow rural = row(dibao, ReportLevel.DETAIL, a, "RURAL");
		assertFigures(rural, 0, 0, "0.00", null, 0, 1);
		assertThat(rural.previousAmount()).isEqualByComparingTo("300.05");
		assertThat(rural.amountChange()).isEqualByComparingTo("-300.05");

		ReportRow subtotalA = row(dibao, ReportLevel.COMMUNITY, a, null);
		assertFigures(subtotalA, 2, 5, "1660.11", "332.02", 1, 1);
		assertThat(subtotalA.previousAmount()).isEqualByComparingTo("900.15");
		assertThat(subtotalA.population()).isEqualTo(population);
		assertThat(subtotalA.coverage()).isEqualByComparingTo(percent(5, population));

		ReportRow urbanB = row(dibao, ReportLevel.DETAIL, b, "URBAN");
		assertFigures(urbanB, 1, 3, "990.00", "330.00", 0, 0);
		assertThat(urbanB.recovery()).isEqualByComparingTo("12.34");

		ReportRow total = dibao.total();
		assertFigures(total, 3, 8, "2650.11", "331.26", 1, 1);
		assertThat(total.previousHouseholds()).isEqualTo(3);
		assertThat(total.previousPersons()).isEqualTo(6);
		assertThat(total.previousAmount()).isEqualByComparingTo("1800.15");
		assertThat(total.yearToDate()).isEqualByComparingTo("2650.11");
		assertThat(total.backPay()).isEqualByComparingTo("50.01");
		assertThat(total.recovery()).isEqualByComparingTo("12.34");
		assertThat(total.population()).isEqualTo(population(null));
		assertThat(dibao.approved()).isTrue();
		assertThat(dibao.rows()).extracting(ReportRow::communityId).containsOnly(a, b);

		ProgrammeReport tekun = programme(report, TEKUN);
		assertThat(tekun.approved()).as("a draft regular batch does not count").isFalse();
		assertThat(tekun.rows()).isEmpty();
		assertThat(tekun.total().amount()).isEqualByComparingTo("0.00");
		assertThat(tekun.total().averageTopUp()).as("特困 reports no 月人均补差").isNull();

		String html = page("chief", "/payouts/report?month=2000-01");
		assertThat(html).contains("2,650.11", "331.26", "1,800.15", "已审批，计入", "未审批，不计入",
				"本表只统计已审批的发放批次", "户籍人口", "与批次合计核对一致：2,650.11 元");
	}

	@Test
	void theMonthAfterShowsJanuaryAsTheMonthBeforeAndInTheYearToDate() throws Exception {
		ReportRow total = programme(report("chief", YearMonth.of(2000, 2), null), DIBAO).total();
		assertThat(total.amount()).isEqualByComparingTo("0.00");
		assertThat(total.previousAmount()).isEqualByComparingTo("2650.11");
		assertThat(total.previousPersons()).isEqualTo(8);
		assertThat(total.yearToDate()).isEqualByComparingTo("2650.11");
		assertThat(total.backPay()).as("补发 counts in its own month only").isEqualByComparingTo("0.00");
	}

	@Test
	void aCommunityCaseworkerSeesOnlyTheirCommunity() throws Exception {
		ProgrammeReport dibao = programme(report("hongyuan", JANUARY, null), DIBAO);
		assertThat(dibao.rows()).extracting(ReportRow::communityId).containsOnly(a);
		assertFigures(dibao.total(), 2, 5, "1660.11", "332.02", 1, 1);
		assertThat(dibao.total().previousAmount()).isEqualByComparingTo("900.15");
		assertThat(dibao.total().recovery()).as("B's 追回").isEqualByComparingTo("0.00");
		assertThat(dibao.total().population()).isEqualTo(population(a));

		String html = page("hongyuan", "/payouts/report?month=2000-01");
		assertThat(html).contains("1,660.11").doesNotContain("2,650.11").doesNotContain("990.00")
			.doesNotContain(communities.byId(b).orElseThrow().name());

		assertThat(status("hongyuan", "/payouts/report?month=2000-01&community=" + b)).isEqualTo(404);
		assertThat(status("hongyuan", "/payouts/report/export?month=2000-01&community=" + b)).isEqualTo(404);
		assertThat(status("hongyuan", "/payouts/report?month=2000-01&community=" + a)).isEqualTo(200);
	}

	@Test
	void theStreetFiltersByCommunity() throws Exception {
		ProgrammeReport dibao = programme(report("jiedao", JANUARY, b), DIBAO);
		assertThat(dibao.rows()).extracting(ReportRow::communityId).containsOnly(b);
		assertFigures(dibao.total(), 1, 3, "990.00", "330.00", 0, 0);
		assertThat(dibao.total().population()).isEqualTo(population(b));
		assertThat(dibao.total().coverage()).isEqualByComparingTo(percent(3, population(b)));
	}

	@Test
	void theTrendIsJsonOfTwelveMonthsOfApprovedRegularBatches() throws Exception {
		JsonNode trend = trend(page("chief", "/payouts/report?month=2000-01"));
		assertThat(trend.get("months")).hasSize(12);
		assertThat(trend.get("months").get(0).asString()).isEqualTo("1999-02");
		assertThat(trend.get("months").get(11).asString()).isEqualTo("2000-01");
		JsonNode dibao = series(trend, DIBAO);
		assertThat(dibao.get("label").asString()).isEqualTo("最低生活保障");
		assertThat(dibao.get("amounts").get(11).decimalValue()).isEqualByComparingTo("2650.11");
		assertThat(dibao.get("persons").get(11).asLong()).isEqualTo(8);
		assertThat(dibao.get("amounts").get(10).decimalValue()).isEqualByComparingTo("1800.15");
		assertThat(dibao.get("amounts").get(9).isNull()).as("a month without an approved batch is a gap").isTrue();
		assertThat(series(trend, TEKUN).get("amounts").get(11).isNull()).as("the draft").isTrue();

		JsonNode mine = series(trend(page("hongyuan", "/payouts/report?month=2000-01")), DIBAO);
		assertThat(mine.get("amounts").get(11).decimalValue()).isEqualByComparingTo("1660.11");
		assertThat(mine.get("persons").get(11).asLong()).isEqualTo(5);
	}

	@Test
	void theExcelExportOpensAndItsTotalsMatch() throws Exception {
		ImportedSheet sheet = export("chief", "/payouts/report/export?month=2000-01");
		ImportedRow total = sheetRow(sheet, "最低生活保障", "合计", "");
		assertThat(new BigDecimal(total.get("金额（元）"))).isEqualByComparingTo("2650.11");
		assertThat(total.get("户数")).isEqualTo("3");
		assertThat(total.get("人数")).isEqualTo("8");
		assertThat(new BigDecimal(total.get("月人均补差（元）"))).isEqualByComparingTo("331.26");
		assertThat(new BigDecimal(total.get("上月金额（元）"))).isEqualByComparingTo("1800.15");
		assertThat(new BigDecimal(total.get("补发（元）"))).isEqualByComparingTo("50.01");
		assertThat(new BigDecimal(total.get("追回（元）"))).isEqualByComparingTo("12.34");
		String nameA = communities.byId(a).orElseThrow().name();
		ImportedRow rural = sheetRow(sheet, "最低生活保障", nameA, "农村");
		assertThat(rural.get("停发")).isEqualTo("1");
		assertThat(new BigDecimal(sheetRow(sheet, "最低生活保障", nameA, "小计").get("保障面（%）")))
			.isEqualByComparingTo(percent(5, population(a)));
		assertThat(new BigDecimal(sheetRow(sheet, "特困人员救助供养", "合计", "").get("金额（元）")))
			.isEqualByComparingTo("0");

		ImportedSheet mine = export("hongyuan", "/payouts/report/export?month=2000-01");
		assertThat(new BigDecimal(sheetRow(mine, "最低生活保障", "合计", "").get("金额（元）")))
			.isEqualByComparingTo("1660.11");
		assertThat(mine.rows()).extracting(r -> r.get("社区"))
			.doesNotContain(communities.byId(b).orElseThrow().name());
	}

	@Test
	void adminAndAuditorMayNotOpenIt() throws Exception {
		for (String user : List.of("admin", "auditor")) {
			assertThat(status(user, "/payouts/report")).as(user).isEqualTo(403);
			assertThat(status(user, "/payouts/report/export")).as(user).isEqualTo(403);
		}
		for (String user : List.of("chief", "jiedao", "hongyuan")) {
			assertThat(status(user, "/payouts/report")).as(user).isEqualTo(200);
		}
		assertThat(mvc.perform(get("/payouts/report")).andReturn().getResponse().getStatus()).isEqualTo(302);
	}

	// --- the demo history -------------------------------------------------------------------------------------------

	@Test
	void everyApprovedMonthEqualsTheSumsOfItsApprovedLinesToTheFen() throws Exception {
		List<YearMonth> months = jdbc.sql("""
				select distinct month from payout_batch where state = 'APPROVED' and kind = 'REGULAR' order by month""")
			.query((rs, n) -> YearMonth.from(rs.getDate(1).toLocalDate()))
			.list();
		assertThat(months).as("the demo history").hasSizeGreaterThanOrEqualTo(12);
		YearMonth latest = months.get(months.size() - 1);
		assertThat(((MonthlyReport) mvcModel("chief", "/payouts/report").get("report")).month())
			.as("the default: the latest month with an approved regular batch").isEqualTo(latest);
		for (YearMonth month : months) {
			List<Line> lines = approvedLines();
			Map<String, Long> stops = approvedStops(month);
			MonthlyReport report = report("chief", month, null);
			for (ProgrammeReport programme : report.programmes()) {
				String code = programme.programme();
				List<Line> of = lines.stream().filter(l -> l.programme().equals(code) && l.regular()).toList();
				List<Line> now = of.stream().filter(l -> l.month().equals(month)).toList();
				List<Line> before = of.stream().filter(l -> l.month().equals(month.minusMonths(1))).toList();
				List<Line> year = of.stream()
					.filter(l -> l.month().getYear() == month.getYear() && !l.month().isAfter(month))
					.toList();
				String at = code + " " + month;
				ReportRow total = programme.total();
				assertThat(total.amount()).as(at).isEqualByComparingTo(sum(now));
				assertThat(total.persons()).as(at).isEqualTo(persons(now));
				assertThat(total.households()).as(at).isEqualTo(households(now));
				assertThat(total.added()).as(at).isEqualTo(now.stream().filter(l -> l.mark().equals("NEW")).count());
				assertThat(total.stopped()).as(at).isEqualTo(stops.getOrDefault(code, 0L));
				assertThat(total.previousAmount()).as(at).isEqualByComparingTo(sum(before));
				assertThat(total.previousPersons()).as(at).isEqualTo(persons(before));
				assertThat(total.yearToDate()).as(at).isEqualByComparingTo(sum(year));
				if (programme.reportsAverageTopUp() && persons(now) > 0) {
					assertThat(total.averageTopUp()).as(at)
						.isEqualByComparingTo(sum(now).divide(BigDecimal.valueOf(persons(now)), 2, RoundingMode.HALF_UP));
				}
				Map<List<Object>, List<Line>> byCell = new HashMap<>();
				now.forEach(l -> byCell.computeIfAbsent(List.of(l.community(), l.residence()), k -> new ArrayList<>())
					.add(l));
				for (var cell : byCell.entrySet()) {
					ReportRow row = row(programme, ReportLevel.DETAIL, (Long) cell.getKey().get(0),
							(String) cell.getKey().get(1));
					assertThat(row.amount()).as(at + " " + cell.getKey()).isEqualByComparingTo(sum(cell.getValue()));
					assertThat(row.persons()).as(at + " " + cell.getKey()).isEqualTo(persons(cell.getValue()));
					assertThat(row.households()).as(at + " " + cell.getKey()).isEqualTo(households(cell.getValue()));
				}
				assertThat(programme.rows().stream().filter(ReportRow::detail).filter(r -> r.amount().signum() > 0))
					.as(at + ": no cell without lines has an amount").hasSize(byCell.size());
				programme.batches().stream().filter(bt -> bt.approved() && bt.regular()).forEach(bt ->
					assertThat(bt.totalAmount()).as(at + ": batch total = 月报").isEqualByComparingTo(total.amount()));
			}
		}
	}

	@Test
	void theDemoMonthScopedToHongyuanEqualsItsLines() throws Exception {
		YearMonth month = jdbc.sql("""
				select b.month from payout_batch b join payout_line l on l.batch_id = b.id
				where b.state = 'APPROVED' and b.kind = 'REGULAR' and l.community_id = :a
				group by b.month order by count(*) desc, b.month desc limit 1""")
			.param("a", a)
			.query((rs, n) -> YearMonth.from(rs.getDate(1).toLocalDate()))
			.single();
		MonthlyReport report = report("hongyuan", month, null);
		List<Line> lines = approvedLines().stream()
			.filter(l -> l.regular() && l.month().equals(month) && l.community() == a)
			.toList();
		for (ProgrammeReport programme : report.programmes()) {
			List<Line> of = lines.stream().filter(l -> l.programme().equals(programme.programme())).toList();
			assertThat(programme.total().amount()).as(programme.programme()).isEqualByComparingTo(sum(of));
			assertThat(programme.total().persons()).as(programme.programme()).isEqualTo(persons(of));
			assertThat(programme.rows()).allSatisfy(r -> assertThat(r.communityId()).isEqualTo(a));
		}
		assertThat(persons(lines)).as("a month at the demo's scale").isGreaterThan(10);
		ImportedSheet sheet = export("hongyuan", "/payouts/report/export?month=" + month);
		for (ProgrammeReport programme : report.programmes()) {
			String label = programmeLabel(programme.programme());
			assertThat(new BigDecimal(sheetRow(sheet, label, "合计", "").get("金额（元）")))
				.isEqualByComparingTo(programme.total().amount());
		}
	}

	// --- helpers ----------------------------------------------------------------------------------------------------

	record Line(String programme, YearMonth month, String kind, long community, String residence, long household,
			int persons, BigDecimal amount, String mark) {

		boolean regular() {
			return kind.equals("REGULAR");
		}

	}

	List<Line> approvedLines() {
		return jdbc.sql("""
				select b.programme, b.month, b.kind, l.community_id, l.residence_type, l.household_id, l.person_count,
				       l.amount, l.change_mark
				from payout_line l join payout_batch b on b.id = l.batch_id where b.state = 'APPROVED'""")
			.query((rs, n) -> new Line(rs.getString(1), YearMonth.from(rs.getDate(2).toLocalDate()), rs.getString(3),
					rs.getLong(4), Objects.requireNonNullElse(rs.getString(5), "NONE"), rs.getLong(6), rs.getInt(7),
					rs.getBigDecimal(8), rs.getString(9)))
			.list();
	}

	Map<String, Long> approvedStops(YearMonth month) {
		Map<String, Long> result = new HashMap<>();
		jdbc.sql("""
				select b.programme, s.id from payout_stop s join payout_batch b on b.id = s.batch_id
				where b.state = 'APPROVED' and b.kind = 'REGULAR' and b.month = :month""")
			.param("month", month.atDay(1))
			.query((rs, n) -> result.merge(rs.getString(1), 1L, Long::sum))
			.list();
		return result;
	}

	static BigDecimal sum(List<Line> lines) {
		return lines.stream().map(Line::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
	}

	static long persons(List<Line> lines) {
		return lines.stream().mapToLong(Line::persons).sum();
	}

	static long households(List<Line> lines) {
		Set<Long> households = new HashSet<>();
		lines.forEach(l -> households.add(l.household()));
		return households.size();
	}

	long population(Long community) {
		return jdbc.sql("""
				select count(*) from registry_person
				where status = 'ACTIVE' and (cast(:community as bigint) is null or community_id = :community)""")
			.param("community", community)
			.query(Long.class)
			.single();
	}

	static BigDecimal percent(long persons, long population) {
		return BigDecimal.valueOf(persons * 100).divide(BigDecimal.valueOf(population), 2, RoundingMode.HALF_UP);
	}

	static void assertFigures(ReportRow row, long households, long persons, String amount, String average, long added,
			long stopped) {
		assertThat(row.households()).as("户数").isEqualTo(households);
		assertThat(row.persons()).as("人数").isEqualTo(persons);
		assertThat(row.amount()).as("金额").isEqualByComparingTo(amount);
		assertThat(row.amount().scale()).isEqualTo(2);
		if (average == null) {
			assertThat(row.averageTopUp()).as("月人均补差").isNull();
		}
		else {
			assertThat(row.averageTopUp()).as("月人均补差").isEqualByComparingTo(average);
		}
		assertThat(row.added()).as("新增").isEqualTo(added);
		assertThat(row.stopped()).as("停发").isEqualTo(stopped);
	}

	static ProgrammeReport programme(MonthlyReport report, String code) {
		return report.programmes().stream().filter(p -> p.programme().equals(code)).findFirst().orElseThrow();
	}

	static ReportRow row(ProgrammeReport programme, ReportLevel level, Long community, String residence) {
		return programme.rows().stream()
			.filter(r -> r.level() == level && Objects.equals(r.communityId(), community)
					&& Objects.equals(r.residence(), residence))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no row " + level + " " + community + " " + residence));
	}

	MonthlyReport report(String user, YearMonth month, Long community) throws Exception {
		String url = "/payouts/report?" + (month == null ? "" : "month=" + month)
				+ (community == null ? "" : "&community=" + community);
		return (MonthlyReport) mvcModel(user, url).get("report");
	}

	Map<String, Object> mvcModel(String user, String url) throws Exception {
		MvcResult result = mvc.perform(get(url).with(users.as(user))).andReturn();
		assertThat(result.getResponse().getStatus()).as(url).isEqualTo(200);
		return result.getModelAndView().getModel();
	}

	String page(String user, String url) throws Exception {
		MvcResult result = mvc.perform(get(url).with(users.as(user))).andReturn();
		assertThat(result.getResponse().getStatus()).as(url).isEqualTo(200);
		return result.getResponse().getContentAsString();
	}

	int status(String user, String url) throws Exception {
		return mvc.perform(get(url).with(users.as(user))).andReturn().getResponse().getStatus();
	}

	ImportedSheet export(String user, String url) throws Exception {
		MvcResult result = mvc.perform(get(url).with(users.as(user))).andReturn();
		assertThat(result.getResponse().getStatus()).as(url).isEqualTo(200);
		assertThat(result.getResponse().getContentType()).startsWith("application/vnd.openxmlformats");
		return XlsxImport.read(new ByteArrayInputStream(result.getResponse().getContentAsByteArray()),
				ImportLimits.standard());
	}

	static ImportedRow sheetRow(ImportedSheet sheet, String programme, String community, String residence) {
		return sheet.rows().stream()
			.filter(r -> r.get("项目").equals(programme) && r.get("社区").equals(community)
					&& r.get("城乡").equals(residence))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no row " + programme + " " + community + " " + residence));
	}

	String programmeLabel(String code) {
		return messages.getMessage("payout.programme." + code, null, Locale.SIMPLIFIED_CHINESE);
	}

	static JsonNode trend(String html) {
		Matcher m = Pattern.compile("<script type=\"application/json\" id=\"report-trend\">(.*?)</script>", Pattern.DOTALL)
			.matcher(html);
		assertThat(m.find()).as("the trend's JSON is on the page").isTrue();
		return new JsonMapper().readTree(m.group(1));
	}

	static JsonNode series(JsonNode trend, String code) {
		for (JsonNode p : trend.get("programmes")) {
			if (p.get("code").asString().equals(code)) {
				return p;
			}
		}
		throw new AssertionError("no series " + code);
	}

}
