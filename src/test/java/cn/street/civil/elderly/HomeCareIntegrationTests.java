package cn.street.civil.elderly;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import cn.street.civil.standard.StandardParameter;
import cn.street.civil.standard.Standards;
import cn.street.civil.support.IntegrationTest;
import cn.street.civil.support.MutableClock;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * 居家养老服务 through the pages: a week of orders for three elders through two workers of one provider, with an
 * overlapping order, a check-out before the item's minimum and an order over the monthly quota refused; the
 * provider's settlement of the month, its totals computed here order by order from the item prices and the dated
 * co-pay share, approved by the chief and exported; entitlement rules; scope and roles on every route by id.
 */
@IntegrationTest
class HomeCareIntegrationTests {

	private static final ZoneId OFFICE = ZoneId.of("Asia/Shanghai");

	private static final AtomicInteger RUN = new AtomicInteger();

	@Autowired
	ElderlyTestClient client;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MutableClock clock;

	@Autowired
	Standards standards;

	@AfterEach
	void resetClock() {
		clock.reset();
	}

	LocalDate today() {
		return LocalDate.now(clock);
	}

	String body(MvcResult r) throws Exception {
		return r.getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

	long idFrom(MvcResult r, String prefix) throws Exception {
		String location = r.getResponse().getRedirectedUrl();
		if (location == null) {
			String page = body(r);
			int at = page.indexOf("form-errors");
			throw new AssertionError(r.getResponse().getStatus() + " " + (at < 0 ? page.substring(0, Math.min(page.length(), 3000)) : page.substring(at, Math.min(page.length(), at + 600))));
		}
		assertThat(location).startsWith(prefix);
		return Long.parseLong(location.substring(prefix.length()));
	}

	long version(long orderId) {
		return jdbc.sql("select version from home_care_order where id = :id").param("id", orderId).query(Long.class).single();
	}

	long provider(String name) throws Exception {
		return idFrom(client.post("jiedao", "/elderly/home-care/providers", "name", name, "contact", "王经理", "phone",
				"0531-88001234"), "/elderly/home-care/providers/");
	}

	long worker(long provider, String name) throws Exception {
		client.post("jiedao", "/elderly/home-care/providers/" + provider + "/workers", "name", name, "phone", "13800001111");
		return jdbc.sql("select id from home_care_worker where provider_id = :p and name = :n").param("p", provider)
			.param("n", name).query(Long.class).single();
	}

	long item(String code, String name, String price, int minMinutes) throws Exception {
		client.post("jiedao", "/elderly/home-care/items", "code", code, "name", name, "hourlyPrice", price, "minMinutes",
				String.valueOf(minMinutes));
		return jdbc.sql("select id from home_care_item where code = :c").param("c", code).query(Long.class).single();
	}

	long[] elder(String name, String level, String kind, long provider) throws Exception {
		long[] e = client.elder("hongyuan", name, LocalDate.of(1944, 4, 4).plusDays(RUN.getAndIncrement()), true);
		client.post("hongyuan", "/elderly/persons/" + e[1] + "/assessments", "level", level, "assessedOn",
				today().toString(), "assessor", "评估中心");
		MvcResult r = client.post("hongyuan", "/elderly/home-care/entitlements/" + e[1], "kind", kind, "providerId",
				String.valueOf(provider), "fromMonth", YearMonth.from(today()).toString(), "reason", "能力评估结论");
		assertThat(r.getResponse().getRedirectedUrl()).as(body(r)).isEqualTo("/elderly/home-care/entitlements/" + e[1]);
		return e;
	}

	MvcResult plan(long person, long item, LocalDateTime start, int minutes) throws Exception {
		return client.post("hongyuan", "/elderly/home-care/orders", "personId", String.valueOf(person), "itemId",
				String.valueOf(item), "plannedStart", start.toString(), "plannedMinutes", String.valueOf(minutes));
	}

	MvcResult step(String user, long order, String step, String... params) throws Exception {
		List<String> all = new ArrayList<>(List.of(params));
		all.addAll(List.of("version", String.valueOf(version(order))));
		return client.post(user, "/elderly/home-care/orders/" + order + "/" + step, all.toArray(String[]::new));
	}

	/** Plans, dispatches, checks in and out after {@code served} minutes, and has the elder confirm. */
	long serve(long person, long item, long worker, LocalDateTime start, int planned, int served) throws Exception {
		long id = idFrom(plan(person, item, start, planned), "/elderly/home-care/orders/");
		assertThat(step("hongyuan", id, "dispatch", "workerId", String.valueOf(worker)).getResponse().getRedirectedUrl()).isNotNull();
		assertThat(step("hongyuan", id, "check-in", "at", start.toString()).getResponse().getRedirectedUrl()).isNotNull();
		assertThat(step("hongyuan", id, "check-out", "at", start.plusMinutes(served).toString()).getResponse()
			.getRedirectedUrl()).isNotNull();
		assertThat(step("hongyuan", id, "confirm", "signer", "本人").getResponse().getRedirectedUrl()).isNotNull();
		return id;
	}

	static BigDecimal amount(int minutes, String price) {
		return new BigDecimal(price).multiply(BigDecimal.valueOf(minutes)).divide(BigDecimal.valueOf(60), 2, RoundingMode.HALF_UP);
	}

	@Test
	void aWeekOfOrdersForThreeEldersThroughTwoWorkersSettlesIntoTheProvidersBill() throws Exception {
		int run = RUN.incrementAndGet();
		long p1 = provider("测试服务商甲" + run);
		long p2 = provider("测试服务商乙" + run);
		long w1 = worker(p1, "护理员一");
		long w2 = worker(p1, "护理员二");
		long w3 = worker(p2, "护理员三");
		long meal = item("T_MEAL_" + run, "助餐" + run, "30.00", 30);
		long bath = item("T_BATH_" + run, "助浴" + run, "55.50", 45);
		YearMonth month = YearMonth.from(today());
		long[] a = elder("服务甲", "MODERATE", "LOW_COST", p1);
		long[] b = elder("服务乙", "SEVERE", "LOW_COST", p1);
		long[] c = elder("服务丙", "INTACT", "SELF_PAID", p1);
		// free service is for 低保/特困/边缘 elders only
		assertThat(body(client.post("hongyuan", "/elderly/home-care/entitlements/" + a[1], "kind", "FREE", "providerId",
				String.valueOf(p1), "fromMonth", month.plusMonths(1).toString(), "reason", "试"))).contains("不符合无偿服务条件");

		// the week is the first seven days of this month; the clock moves to the 10th of next month
		LocalDateTime now = LocalDateTime.now(clock);
		LocalDateTime later = month.plusMonths(1).atDay(10).atTime(10, 0);
		clock.advance(Duration.between(now.atZone(OFFICE), later.atZone(OFFICE)));

		BigDecimal share = standards.ratio(StandardParameter.HOME_CARE_COPAY_SHARE, null, month);
		BigDecimal total = BigDecimal.ZERO;
		BigDecimal elderTotal = BigDecimal.ZERO;
		int minutes = 0;
		List<Long> settled = new ArrayList<>();
		for (int day = 1; day <= 7; day++) {
			LocalDateTime nine = month.atDay(day).atTime(9, 0);
			settled.add(serve(a[1], meal, w1, nine, 60, 60));
			BigDecimal am = amount(60, "30.00");
			total = total.add(am);
			elderTotal = elderTotal.add(am.multiply(share).setScale(2, RoundingMode.HALF_UP));
			int bathMinutes = 50 + day;
			settled.add(serve(b[1], bath, w2, nine, 60, bathMinutes));
			BigDecimal bm = amount(bathMinutes, "55.50");
			total = total.add(bm);
			elderTotal = elderTotal.add(bm.multiply(share).setScale(2, RoundingMode.HALF_UP));
			minutes += 60 + bathMinutes;
		}
		for (int day = 1; day <= 3; day++) {
			settled.add(serve(c[1], meal, w1, month.atDay(day).atTime(11, 0), 45, 45));
			BigDecimal cm = amount(45, "30.00");
			total = total.add(cm);
			elderTotal = elderTotal.add(cm);
			minutes += 45;
		}

		// refused: the same worker at an overlapping time
		long clash = idFrom(plan(b[1], meal, month.atDay(2).atTime(9, 30), 30), "/elderly/home-care/orders/");
		String overlap = body(step("hongyuan", clash, "dispatch", "workerId", String.valueOf(w1)));
		assertThat(overlap).contains("护理员一 在该时段已有工单").contains("同一护理员的工单时间不能重叠");
		assertThat(jdbc.sql("select status from home_care_order where id = :id").param("id", clash).query(String.class).single())
			.isEqualTo("PLANNED");
		assertThat(body(step("hongyuan", clash, "dispatch", "workerId", String.valueOf(w3)))).contains("不属于本工单的服务商");
		assertThat(step("hongyuan", clash, "cancel", "note", "重复安排").getResponse().getRedirectedUrl()).isNotNull();

		// refused: a check-out before the item's minimum duration
		long shortBath = idFrom(plan(b[1], bath, month.atDay(8).atTime(15, 0), 60), "/elderly/home-care/orders/");
		step("hongyuan", shortBath, "dispatch", "workerId", String.valueOf(w2));
		step("hongyuan", shortBath, "check-in", "at", month.atDay(8).atTime(15, 0).toString());
		assertThat(body(step("hongyuan", shortBath, "check-out", "at", month.atDay(8).atTime(15, 30).toString())))
			.contains("服务时长 30 分钟，不足").contains("最短时长 45 分钟");
		assertThat(jdbc.sql("select status from home_care_order where id = :id").param("id", shortBath).query(String.class).single())
			.isEqualTo("CHECKED_IN");

		// refused: over the monthly quota (中度失能: the standards' hours; 7 hours already planned)
		int quota = standards.integer(StandardParameter.HOME_CARE_QUOTA_HOURS, "ABILITY_MODERATE", month);
		int over = quota * 60 - 7 * 60 + 1;
		assertThat(body(plan(a[1], meal, month.atDay(20).atTime(9, 0), over))).contains("超出本月服务额度")
			.contains("额度 " + quota + " 小时");
		assertThat(idFrom(plan(a[1], meal, month.atDay(20).atTime(9, 0), over - 1), "/elderly/home-care/orders/")).isPositive();

		// the sample for follow-up calls: the standards' share of the confirmed orders, the same draw on every page
		BigDecimal followUp = standards.ratio(StandardParameter.HOME_CARE_FOLLOW_UP_SHARE, null, month);
		List<Long> drawn = settled.stream()
			.filter(id -> BigDecimal.valueOf((id * 37) % 100).compareTo(followUp.multiply(BigDecimal.valueOf(100))) < 0)
			.toList();
		String sample = client.page("hongyuan", "/elderly/home-care/orders?sampled=true&month=" + month + "&providerId=" + p1);
		for (long id : settled) {
			assertThat(sample.contains("id=\"order-" + id + "\"")).as("order %d drawn", id).isEqualTo(drawn.contains(id));
		}
		if (!drawn.isEmpty()) {
			assertThat(client.page("hongyuan", "/")).contains("待回访的抽样工单");
			assertThat(client.page("hongyuan", "/elderly/home-care/orders/" + drawn.get(0))).contains("抽样回访");
		}

		// a follow-up call on two orders
		step("hongyuan", settled.get(0), "follow-up", "satisfaction", "SATISFIED", "note", "老人很满意");
		step("hongyuan", settled.get(1), "follow-up", "satisfaction", "BASIC");

		// the settlement: prepared by the street caseworker, approved by the chief
		long s = idFrom(client.post("jiedao", "/elderly/home-care/settlements", "providerId", String.valueOf(p1), "month",
				month.toString()), "/elderly/home-care/settlements/");
		var row = jdbc.sql("select order_count, minutes, amount, government_amount, elder_amount, status from home_care_settlement where id = :id")
			.param("id", s).query().singleRow();
		assertThat(row.get("order_count")).isEqualTo(17);
		assertThat(row.get("minutes")).isEqualTo(minutes);
		assertThat((BigDecimal) row.get("amount")).isEqualByComparingTo(total);
		assertThat((BigDecimal) row.get("elder_amount")).isEqualByComparingTo(elderTotal);
		assertThat((BigDecimal) row.get("government_amount")).isEqualByComparingTo(total.subtract(elderTotal));
		assertThat(jdbc.sql("select count(*) from home_care_order where settlement_id = :s").param("s", s).query(Long.class).single())
			.isEqualTo(17);
		String sheet = client.page("jiedao", "/elderly/home-care/settlements/" + s);
		assertThat(sheet).contains(total.setScale(2).toPlainString()).contains("待科长审批").contains("张工单未经老人确认");
		assertThat(client.page("jiedao", "/elderly/home-care/settlements/" + s + "/print")).contains("settlement-sheet")
			.contains("负责人");
		assertThat(client.post("jiedao", "/elderly/home-care/settlements/" + s + "/approve", "version", "1").getResponse().getStatus())
			.isEqualTo(403);
		long sv = jdbc.sql("select version from home_care_settlement where id = :id").param("id", s).query(Long.class).single();
		assertThat(client.post("chief", "/elderly/home-care/settlements/" + s + "/approve", "version", String.valueOf(sv))
			.getResponse().getRedirectedUrl()).isEqualTo("/elderly/home-care/settlements/" + s);
		assertThat(jdbc.sql("select approved_by from home_care_settlement where id = :id").param("id", s).query(String.class).single())
			.isEqualTo("chief");
		// four eyes in the schema too: whoever prepared a settlement never approves it
		org.assertj.core.api.Assertions.assertThatThrownBy(() -> jdbc.sql(
				"update home_care_settlement set approved_by = prepared_by where id = :id").param("id", s).update())
			.isInstanceOf(org.springframework.dao.DataIntegrityViolationException.class);
		assertThat(client.post("chief", "/elderly/home-care/settlements/" + s + "/approve", "version", String.valueOf(sv + 1))
			.getResponse().getStatus()).isEqualTo(400);
		assertThat(client.post("jiedao", "/elderly/home-care/settlements", "providerId", String.valueOf(p1), "month",
				month.toString()).getResponse().getStatus()).isEqualTo(400);

		byte[] xlsx = client.mvc.perform(get("/elderly/home-care/settlements/" + s + "/export").with(client.users.as("chief")))
			.andReturn().getResponse().getContentAsByteArray();
		try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			assertThat(book.getSheetAt(0).getPhysicalNumberOfRows()).isEqualTo(18);
			BigDecimal sum = BigDecimal.ZERO;
			for (int r = 1; r <= 17; r++) {
				sum = sum.add(BigDecimal.valueOf(book.getSheetAt(0).getRow(r).getCell(9).getNumericCellValue()));
			}
			assertThat(sum.setScale(2, RoundingMode.HALF_UP)).isEqualByComparingTo(total);
		}

		// the month's statistics by provider: 3 persons, 17 served orders (+ the short bath still in service is not), satisfaction 50%
		String stats = client.page("jiedao", "/elderly/home-care/statistics?month=" + month);
		assertThat(stats).contains("测试服务商甲" + run).contains("50.0%");
		assertThat(stats).containsPattern("测试服务商甲" + run + "</td><td>3</td><td>17</td>");
		assertThat(w3).isPositive();
		assertThat(p2).isPositive();
	}

	@Test
	void deathEndsTheEntitlementFromTheNextMonthAndCancelsTheOrdersStillToCome() throws Exception {
		int run = RUN.incrementAndGet();
		long p = provider("去世服务商" + run);
		long meal = item("T_DEATH_" + run, "去世助餐" + run, "30.00", 30);
		long[] f = client.elderInFamily("hongyuan", "去世服务", LocalDate.of(1940, 1, 30));
		client.post("hongyuan", "/elderly/persons/" + f[1] + "/assessments", "level", "MILD", "assessedOn",
				today().toString(), "assessor", "评估中心");
		assertThat(client.post("hongyuan", "/elderly/home-care/entitlements/" + f[1], "kind", "LOW_COST", "providerId",
				String.valueOf(p), "fromMonth", YearMonth.from(today()).toString(), "reason", "评估").getResponse()
			.getRedirectedUrl()).isNotNull();
		LocalDateTime soon = LocalDateTime.now(clock).plusDays(2).withHour(9).withMinute(0).withSecond(0).withNano(0);
		long order = idFrom(plan(f[1], meal, soon, 60), "/elderly/home-care/orders/");
		client.post("hongyuan", "/households/" + f[0] + "/members/" + f[1] + "/death", "date", today().toString(), "reason",
				"病故", "version", String.valueOf(client.householdVersion(f[0])));
		org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(10))
			.until(() -> "CANCELLED".equals(jdbc.sql("select status from home_care_order where id = :id").param("id", order)
				.query(String.class).single()));
		assertThat(jdbc.sql("select valid_to from home_care_entitlement where person_id = :p").param("p", f[1])
			.query(LocalDate.class).single()).isEqualTo(YearMonth.from(today()).plusMonths(1).atDay(1));
		assertThat(jdbc.sql("select cancel_reason from home_care_order where id = :id").param("id", order)
			.query(String.class).single()).contains("去世");
	}

	@Test
	void everyRouteLoadingByIdAnswers404OutsideTheScopeAnd403ToTheWrongRole() throws Exception {
		int run = RUN.incrementAndGet();
		long p = provider("范围服务商" + run);
		long w = worker(p, "范围护理员");
		long meal = item("T_SCOPE_" + run, "范围助餐" + run, "20.00", 20);
		long[] e = elder("范围服务", "MILD", "LOW_COST", p);
		long order = idFrom(plan(e[1], meal, LocalDateTime.now(clock).minusHours(2).withSecond(0).withNano(0), 30),
				"/elderly/home-care/orders/");
		for (String url : List.of("/elderly/home-care/orders/" + order, "/elderly/home-care/entitlements/" + e[1],
				"/elderly/home-care/orders/new?personId=" + e[1])) {
			assertThat(client.status("xindian", url)).as(url).isEqualTo(404);
			assertThat(client.status("admin", url)).as(url).isEqualTo(403);
		}
		assertThat(client.status("chief", "/elderly/home-care/orders/" + order)).isEqualTo(200);
		assertThat(step("xindian", order, "dispatch", "workerId", String.valueOf(w)).getResponse().getStatus()).isEqualTo(404);
		assertThat(step("chief", order, "dispatch", "workerId", String.valueOf(w)).getResponse().getStatus()).isEqualTo(403);
		assertThat(client.post("xindian", "/elderly/home-care/entitlements/" + e[1], "kind", "SELF_PAID", "providerId",
				String.valueOf(p), "fromMonth", YearMonth.from(today()).plusMonths(1).toString(), "reason", "试").getResponse()
			.getStatus()).isEqualTo(404);
		assertThat(jdbc.sql("select status from home_care_order where id = :id").param("id", order).query(String.class).single())
			.isEqualTo("PLANNED");
		// a stale page: 409
		assertThat(client.post("hongyuan", "/elderly/home-care/orders/" + order + "/dispatch", "workerId", String.valueOf(w),
				"version", String.valueOf(version(order) + 5)).getResponse().getStatus()).isEqualTo(409);
		// settlements are the street's: community caseworkers and admin have none
		assertThat(client.status("hongyuan", "/elderly/home-care/settlements")).isEqualTo(403);
		assertThat(client.status("admin", "/elderly/home-care/settlements")).isEqualTo(403);
		assertThat(client.post("hongyuan", "/elderly/home-care/providers", "name", "越权服务商", "contact", "某", "phone",
				"0531-1234567").getResponse().getStatus()).isEqualTo(403);
		assertThat(client.page("xindian", "/elderly/home-care/orders")).doesNotContain("order-" + order);
		assertThat(client.page("hongyuan", "/elderly/home-care/orders")).contains("order-" + order);
		assertThat(client.page("hongyuan", "/elderly/persons/" + e[1])).contains("低偿").contains("范围服务商" + run);
	}

}
