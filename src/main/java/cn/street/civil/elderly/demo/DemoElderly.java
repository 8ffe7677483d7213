package cn.street.civil.elderly.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import cn.street.civil.shared.demo.DemoDataLoader;
import cn.street.civil.shared.demo.DemoStaff;
import cn.street.civil.standard.StandardParameter;
import cn.street.civil.standard.Standards;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo mode: the demo street's elderly services (DOMAIN A3), after the registry and the assistance caseload. The 60+
 * roster needs nothing (it is the registry). Added here: 独居 / 空巢 for the 60+ living alone or as a couple of 60+;
 * the 高龄补贴 in payment for every living 80+ with a payout account who reached 80 before this month (those reaching
 * it this or next month, and those without an account, wait on the "newly eligible" list); two providers with their
 * workers and the eight usual items; 8 elders with free service (低保/特困 members of 80+ or living alone) and 30 with
 * low-cost service, each with an ability assessment; about 480 service hours last month, all confirmed, most of
 * the orders drawn for a follow-up call called; last month settled for both providers (the first approved by the chief, the second waiting for
 * approval); a few orders planned for the coming days. Only into an empty database.
 */
@Component
@Profile("demo")
@Order(120)
class DemoElderly implements DemoDataLoader {

	private static final Logger log = LoggerFactory.getLogger(DemoElderly.class);

	private static final ZoneId OFFICE = ZoneId.of("Asia/Shanghai");

	private static final LocalDate POLICY_START = LocalDate.of(2025, 1, 1);

	/** code, name, 元/小时, minimum minutes. */
	private static final Object[][] ITEMS = { { "MEAL", "助餐", "30.00", 30 }, { "BATH", "助浴", "60.00", 45 },
			{ "CLEAN", "助洁", "40.00", 60 }, { "EMERGENCY", "助急", "50.00", 30 }, { "MEDICAL", "助医", "45.00", 60 },
			{ "WALK", "助行", "35.00", 30 }, { "SHOPPING", "助购", "30.00", 30 }, { "COMPANY", "精神慰藉", "30.00", 30 } };

	private static final String[][] PROVIDERS = { { "历下区颐康居家养老服务中心", "孙颐康", "0531-86112233" },
			{ "济南福寿康养老服务有限公司", "周福寿", "0531-88667788" } };

	private static final String[][] WORKERS = { { "王秀英", "李桂芳", "张玉兰", "刘淑珍", "陈凤霞", "杨美华" },
			{ "赵丽娟", "黄春梅", "吴红霞", "徐翠萍", "孙建华" } };

	private static final int[] SLOTS = { 8, 10, 14, 16 };

	private final JdbcClient jdbc;

	private final Clock clock;

	private final Standards standards;

	DemoElderly(JdbcClient jdbc, Clock clock, Standards standards) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.standards = standards;
	}

	@Override
	@Transactional
	public void load() {
		if (jdbc.sql("select exists (select 1 from home_care_provider) or exists (select 1 from age_allowance_enrolment)")
			.query(Boolean.class)
			.single()) {
			return;
		}
		LocalDate today = LocalDate.now(clock);
		YearMonth thisMonth = YearMonth.from(today);
		profiles(today);
		int enrolled = allowance(thisMonth);
		int hours = homeCare(today, thisMonth);
		log.info("Demo 养老服务: {} 高龄补贴 in payment, {} home-care hours last month", enrolled, hours);
	}

	private void profiles(LocalDate today) {
		jdbc.sql("""
				insert into elderly_profile (person_id, lives_alone, empty_nest, created_at, created_by, updated_at, updated_by)
				select p.id, n.members = 1, n.members = 2 and n.elderly = 2, now(), 'hongyuan', now(), 'hongyuan'
				from registry_person p
				join registry_membership m on m.person_id = p.id and m.valid_to is null
				join (select m2.household_id, count(*) as members,
				             count(*) filter (where p2.birth_date <= cast(:today as date) - interval '60 years') as elderly
				      from registry_membership m2 join registry_person p2 on p2.id = m2.person_id
				      where m2.valid_to is null group by m2.household_id) n on n.household_id = m.household_id
				where p.status = 'ACTIVE' and p.birth_date <= cast(:today as date) - interval '60 years'
				  and (n.members = 1 or (n.members = 2 and n.elderly = 2))""")
			.param("today", today)
			.update();
	}

	/** Every living 80+ (by the end of last month) with a payout account: in payment since reaching 80 or the policy start. */
	private int allowance(YearMonth thisMonth) {
		return jdbc.sql("""
				insert into age_allowance_enrolment (person_id, household_id, eligible_from, first_month, survival_checked_on,
				    account_tail, confirmed_on, confirmed_by, created_at, created_by, updated_at, updated_by)
				select p.id, h.id, e.eligible_from, greatest(e.eligible_from, cast(:policyStart as date)),
				       greatest(e.eligible_from, cast(:policyStart as date)) - 12,
				       right(h.bank_account_tail, 4), greatest(e.eligible_from, cast(:policyStart as date)) - 10, 'jiedao',
				       now(), 'jiedao', now(), 'jiedao'
				from registry_person p
				join registry_membership m on m.person_id = p.id and m.valid_to is null
				join registry_household h on h.id = m.household_id and h.has_bank_account
				cross join lateral (select date_trunc('month', case when extract(day from p.birth_date + interval '80 years')
				                               = extract(day from p.birth_date) then p.birth_date + interval '80 years'
				                               else p.birth_date + interval '80 years' + interval '1 day' end)::date as eligible_from) e
				where p.status = 'ACTIVE' and e.eligible_from < cast(:thisMonth as date)""")
			.param("policyStart", POLICY_START)
			.param("thisMonth", thisMonth.atDay(1))
			.update();
	}

	private int homeCare(LocalDate today, YearMonth thisMonth) {
		YearMonth lastMonth = thisMonth.minusMonths(1);
		long[] providers = new long[PROVIDERS.length];
		List<List<Long>> workers = new ArrayList<>();
		for (int i = 0; i < PROVIDERS.length; i++) {
			providers[i] = jdbc.sql("""
					insert into home_care_provider (name, contact, phone, created_at, created_by, updated_at, updated_by)
					values (:name, :contact, :phone, now(), 'jiedao', now(), 'jiedao') returning id""")
				.param("name", PROVIDERS[i][0]).param("contact", PROVIDERS[i][1]).param("phone", PROVIDERS[i][2])
				.query(Long.class).single();
			List<Long> ids = new ArrayList<>();
			for (int w = 0; w < WORKERS[i].length; w++) {
				ids.add(jdbc.sql("""
						insert into home_care_worker (provider_id, name, phone, created_at, created_by, updated_at, updated_by)
						values (:p, :name, :phone, now(), 'jiedao', now(), 'jiedao') returning id""")
					.param("p", providers[i]).param("name", WORKERS[i][w]).param("phone", "1396401" + (1000 + 37 * (i * 10 + w)))
					.query(Long.class).single());
			}
			workers.add(ids);
		}
		long[] items = new long[ITEMS.length];
		for (int i = 0; i < ITEMS.length; i++) {
			items[i] = jdbc.sql("""
					insert into home_care_item (code, name, hourly_price, min_minutes, created_at, created_by, updated_at, updated_by)
					values (:code, :name, :price, :min, now(), 'jiedao', now(), 'jiedao') returning id""")
				.param("code", ITEMS[i][0]).param("name", ITEMS[i][1]).param("price", new BigDecimal((String) ITEMS[i][2]))
				.param("min", ITEMS[i][3]).query(Long.class).single();
		}

		// 8 free: 60+ covered by a 低保/特困 case in payment, 80+ or living alone first; 30 low-cost: other 70+
		List<Map<String, Object>> free = jdbc.sql("""
				select distinct on (p.id) p.id, p.community_id, p.birth_date
				from registry_person p
				join assistance_case_person cm on cm.person_id = p.id
				join assistance_case c on c.id = cm.case_id and c.programme in ('DIBAO', 'TEKUN') and c.state = 'CONFIRMED'
				left join elderly_profile ep on ep.person_id = p.id
				where p.status = 'ACTIVE' and p.birth_date <= cast(:today as date) - interval '60 years'
				  and (p.birth_date <= cast(:today as date) - interval '80 years' or coalesce(ep.lives_alone, false))
				order by p.id limit 8""").param("today", today).query().listOfRows();
		List<Map<String, Object>> lowCost = jdbc.sql("""
				select p.id, p.community_id, p.birth_date from registry_person p
				where p.status = 'ACTIVE' and p.birth_date <= cast(:today as date) - interval '70 years'
				  and p.id not in (:free)
				order by (p.id * 7919) % 1000, p.id limit 30""")
			.param("today", today)
			.param("free", free.isEmpty() ? List.of(-1L) : free.stream().map(r -> r.get("id")).toList())
			.query().listOfRows();
		BigDecimal share = standards.ratio(StandardParameter.HOME_CARE_COPAY_SHARE, null, lastMonth);
		YearMonth from = thisMonth.minusMonths(3);
		int slot = 0;
		int minutesTotal = 0;
		List<Elder> elders = new ArrayList<>();
		for (int i = 0; i < free.size() + lowCost.size(); i++) {
			boolean isFree = i < free.size();
			Map<String, Object> r = isFree ? free.get(i) : lowCost.get(i - free.size());
			String level = isFree ? (i % 2 == 0 ? "SEVERE" : "TOTAL") : (i % 2 == 0 ? "MODERATE" : "SEVERE");
			int provider = i % 2;
			long person = ((Number) r.get("id")).longValue();
			jdbc.sql("""
					insert into elderly_assessment (person_id, level, assessed_on, assessor, recorded_by, recorded_at)
					values (:p, :level, :on, '历下区老年人能力评估中心', 'hongyuan', now())""")
				.param("p", person).param("level", level).param("on", from.atDay(1).minusDays(5 + i)).update();
			long entitlement = jdbc.sql("""
					insert into home_care_entitlement (person_id, kind, provider_id, valid_from, reason, created_at, created_by,
					    updated_at, updated_by)
					values (:p, :kind, :provider, :from, :reason, now(), 'hongyuan', now(), 'hongyuan') returning id""")
				.param("p", person).param("kind", isFree ? "FREE" : "LOW_COST").param("provider", providers[provider])
				.param("from", from.atDay(1))
				.param("reason", isFree ? "低保/特困老人，能力评估失能" : "能力评估失能，低偿服务")
				.query(Long.class).single();
			elders.add(new Elder(person, ((Number) r.get("community_id")).longValue(), entitlement, provider, isFree,
					level));
		}
		// last month: free elders 12 visits of 90 minutes, low-cost 10 (中度) or 12 (重度) visits of 60 minutes
		for (Elder e : elders) {
			int visits = e.free ? 12 : e.level.equals("MODERATE") ? 10 : 12;
			int minutes = e.free ? 90 : 60;
			for (int v = 0; v < visits; v++) {
				int itemIndex = (int) ((e.person + v) % ITEMS.length);
				int served = Math.max(minutes, (Integer) ITEMS[itemIndex][3]);
				List<Long> pool = workers.get(e.provider);
				int combo = slot++;
				long worker = pool.get(combo % pool.size());
				int dayIndex = (combo / pool.size()) / SLOTS.length;
				int hour = SLOTS[(combo / pool.size()) % SLOTS.length];
				LocalDate day = lastMonth.atDay(1 + dayIndex % lastMonth.lengthOfMonth());
				LocalDateTime start = day.atTime(hour, 0);
				BigDecimal price = new BigDecimal((String) ITEMS[itemIndex][2]);
				BigDecimal amount = price.multiply(BigDecimal.valueOf(served)).divide(BigDecimal.valueOf(60), 2, RoundingMode.HALF_UP);
				BigDecimal elder = e.free ? BigDecimal.ZERO.setScale(2) : amount.multiply(share).setScale(2, RoundingMode.HALF_UP);
				order(e, itemIndex, items, worker, start, served, "CONFIRMED", price, amount, elder, null, lastMonth,
						providers);
				minutesTotal += served;
			}
		}
		// the follow-up calls: the orders drawn by the standards' share (as the pages draw them), most already called
		jdbc.sql("""
				update home_care_order o set status = 'FOLLOWED_UP',
				    satisfaction = case when o.id % 10 = 3 then 'BASIC' else 'SATISFIED' end
				where o.service_month = :m and o.status = 'CONFIRMED' and o.id % 4 <> 0
				  and (o.id * 37) % 100 < cast(:share as numeric) * 100""")
			.param("m", lastMonth.atDay(1))
			.param("share", standards.ratio(StandardParameter.HOME_CARE_FOLLOW_UP_SHARE, null, lastMonth))
			.update();
		// the coming days: a few orders planned or dispatched
		for (int i = 0; i < Math.min(6, elders.size()); i++) {
			Elder e = elders.get(i);
			LocalDateTime start = today.plusDays(1 + i / 2).atTime(SLOTS[i % 2 == 0 ? 0 : 2] + (i % 2), 0);
			long worker = workers.get(e.provider).get(i % workers.get(e.provider).size());
			order(e, i % ITEMS.length, items, i % 2 == 0 ? worker : null, start, 60, i % 2 == 0 ? "DISPATCHED" : "PLANNED",
					null, null, null, null, YearMonth.from(start), providers);
		}
		// last month settled: the first provider approved, the second waiting for the chief
		for (int i = 0; i < providers.length; i++) {
			OffsetDateTime prepared = (today.getDayOfMonth() > 3 ? thisMonth.atDay(3) : today).atTime(0, 30).atZone(OFFICE)
				.toOffsetDateTime();
			long settlement = jdbc.sql("""
					insert into home_care_settlement (provider_id, month, status, order_count, minutes, amount,
					    government_amount, elder_amount, prepared_by, prepared_at, approved_by, approved_at, created_at,
					    created_by, updated_at, updated_by)
					values (:p, :month, :status, 0, 0, 0, 0, 0, 'jiedao', :prepared, :approvedBy, :approvedAt, :prepared,
					    'jiedao', :prepared, 'jiedao') returning id""")
				.param("p", providers[i]).param("month", lastMonth.atDay(1)).param("status", i == 0 ? "APPROVED" : "PREPARED")
				.param("prepared", prepared).param("approvedBy", i == 0 ? DemoStaff.CHIEF : null)
				.param("approvedAt", i == 0 ? prepared.plusMinutes(30) : null)
				.query(Long.class).single();
			jdbc.sql("""
					update home_care_order set settlement_id = :s where provider_id = :p and service_month = :m
					  and status in ('CONFIRMED', 'FOLLOWED_UP')""")
				.param("s", settlement).param("p", providers[i]).param("m", lastMonth.atDay(1)).update();
			jdbc.sql("""
					update home_care_settlement s set order_count = t.n, minutes = t.minutes, amount = t.amount,
					    government_amount = t.government, elder_amount = t.elder
					from (select count(*) as n, coalesce(sum(minutes), 0) as minutes, coalesce(sum(amount), 0) as amount,
					             coalesce(sum(government_amount), 0) as government, coalesce(sum(elder_amount), 0) as elder
					      from home_care_order where settlement_id = :s) t
					where s.id = :s""").param("s", settlement).update();
		}
		return minutesTotal / 60;
	}

	private void order(Elder e, int itemIndex, long[] items, Long worker, LocalDateTime start, int minutes, String status,
			BigDecimal price, BigDecimal amount, BigDecimal elderShare, String satisfaction, YearMonth month,
			long[] providers) {
		OffsetDateTime begin = start.atZone(OFFICE).toOffsetDateTime();
		boolean served = amount != null;
		jdbc.sql("""
				insert into home_care_order (person_id, community_id, entitlement_id, provider_id, item_id, worker_id, status,
				    planned_start, planned_end, service_month, checked_in_at, checked_out_at, minutes, hourly_price, amount,
				    government_amount, elder_amount, confirmed_by_name, satisfaction, prepared_by, created_at, created_by,
				    updated_at, updated_by)
				values (:person, :community, :entitlement, :provider, :item, :worker, :status, :start, :end, :month,
				    :checkIn, :checkOut, :minutes, :price, :amount, :government, :elder, :signer, :satisfaction, :by,
				    :start, :by, :start, :by)""")
			.param("person", e.person)
			.param("community", e.community)
			.param("entitlement", e.entitlement)
			.param("provider", providers[e.provider])
			.param("item", items[itemIndex])
			.param("worker", worker)
			.param("status", status)
			.param("start", begin)
			.param("end", begin.plusMinutes(minutes))
			.param("month", month.atDay(1))
			.param("checkIn", served ? begin : null)
			.param("checkOut", served ? begin.plusMinutes(minutes) : null)
			.param("minutes", served ? minutes : null)
			.param("price", price)
			.param("amount", amount)
			.param("government", served ? amount.subtract(elderShare) : null)
			.param("elder", elderShare)
			.param("signer", served ? "本人" : null)
			.param("satisfaction", satisfaction)
			.param("by", DemoStaff.COMMUNITY_LOGINS.get((int) (e.community % DemoStaff.COMMUNITY_LOGINS.size())).login())
			.update();
	}

	private record Elder(long person, long community, long entitlement, int provider, boolean free, String level) {
	}

}
