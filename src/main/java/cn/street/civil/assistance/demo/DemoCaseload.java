package cn.street.civil.assistance.demo;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import cn.street.civil.assistance.casework.CaseState;
import cn.street.civil.assistance.dibao.AgeAddOns;
import cn.street.civil.community.CommunityDirectory;
import cn.street.civil.shared.demo.DemoDataLoader;
import cn.street.civil.shared.demo.DemoStaff;
import cn.street.civil.standard.RoundingRule;
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
 * The demo street's 低保 caseload, shaped like the annual report (DOMAIN A3): 202 households (505 persons) in
 * payment this month at S = 330 with a monthly total of exactly 91,877 元, 16 households terminated during the
 * year, and a handful of cases in every other state, so each list, to-do and print has something to show.
 * <p>
 * Written as history, set-based, straight into the case tables (a demo case was applied for, investigated,
 * reviewed, noticed and confirmed months ago, which the services cannot do on today's clock); each case gets the
 * timeline, the home visit with its income items and the dated amount decisions the services would have left:
 * a CONFIRM at the standard of its first paid month and, for cases confirmed at 310, the RESTANDARD of January.
 * Also 36 特困 persons (elderly living alone, a third 集中 in the 敬老院, the rest 分散 at home). Households are read from the registry's published views; who did what are the demo logins ({@link DemoStaff}).
 */
@Component
@Profile("demo")
@Order(100)
class DemoCaseload implements DemoDataLoader {

	private static final Logger log = LoggerFactory.getLogger(DemoCaseload.class);

	static final int IN_PAYMENT = 202;

	static final BigDecimal MONTHLY_TOTAL = new BigDecimal("91877");

	static final YearMonth RAISE = YearMonth.of(2026, 1);

	static final BigDecimal OLD_STANDARD = new BigDecimal("310");

	static final BigDecimal STANDARD = new BigDecimal("330");

	/** Households by size among those in payment: 45×1 + 59×2 + 58×3 + 32×4 + 8×5 = 202 households, 505 persons. */
	static final int[] SIZES = { 0, 45, 59, 58, 32, 8 };

	private static final String[] MATERIALS = { "APPLICATION", "AUTHORIZATION", "ID", "INCOME", "PROPERTY" };

	private final JdbcClient jdbc;

	private final CommunityDirectory communities;

	private final Clock clock;

	private final Standards standards;

	private final AgeAddOns ageAddOns;

	/** The demo standards' rounding rule (amounts here are whole yuan, so either rule gives the same). */
	private String rounding;

	DemoCaseload(JdbcClient jdbc, CommunityDirectory communities, Clock clock, Standards standards,
			AgeAddOns ageAddOns) {
		this.ageAddOns = ageAddOns;
		this.jdbc = jdbc;
		this.communities = communities;
		this.clock = clock;
		this.standards = standards;
	}

	@Override
	@Transactional
	public void load() {
		if (jdbc.sql("select exists (select 1 from assistance_case where programme = 'DIBAO')")
			.query(Boolean.class)
			.single()) {
			return;
		}
		LocalDate today = LocalDate.now(clock);
		YearMonth thisMonth = YearMonth.from(today);
		Random random = new Random(2026);
		Map<Integer, List<Household>> bySize = candidates(random);
		Map<Long, DemoStaff.CommunityLogin> logins = communityLogins();
		for (YearMonth month : List.of(RAISE.minusMonths(1), thisMonth)) {
			BigDecimal s = standards.money(StandardParameter.DIBAO_STANDARD, "URBAN", month);
			if (s.compareTo(month.isBefore(RAISE) ? OLD_STANDARD : STANDARD) != 0) {
				throw new IllegalStateException("the demo caseload is shaped for S = 310 before and 330 from "
						+ RAISE + ", but the demo standards say " + s + " for " + month);
			}
		}
		rounding = standards.choice(StandardParameter.DIBAO_ROUNDING, null, thisMonth, RoundingRule.class).name();

		List<Household> paying = new ArrayList<>();
		for (int size = 1; size < SIZES.length; size++) {
			paying.addAll(take(bySize, size, SIZES[size]));
		}
		YearMonth[] firstPaid = new YearMonth[paying.size()];
		BigDecimal[] addOnsNow = new BigDecimal[paying.size()];
		for (int i = 0; i < paying.size(); i++) {
			YearMonth month = RAISE.minusMonths(11).plusMonths(random.nextInt(22)); // 2025-02 .. 2026-11
			firstPaid[i] = month.isBefore(thisMonth) ? month : thisMonth.minusMonths(1);
			addOnsNow[i] = addOns(paying.get(i), firstPaid[i].isBefore(RAISE) ? RAISE : firstPaid[i], STANDARD);
		}
		int[] bases = bases(paying, addOnsNow, random);
		for (int i = 0; i < paying.size(); i++) {
			Household h = paying.get(i);
			Case c = confirmed(h, firstPaid[i], bases[i], logins, random);
			if (i % 40 == 7) {
				c.needsReview = "家庭成员变动：请复核";
				c.transitions.add(new Transition("CONFIRMED", "CONFIRMED", "FLAG_REVIEW", "system", today.minusDays(3),
						c.needsReview));
			}
			insert(c);
		}
		int terminated = 0;
		for (Household h : take(bySize, 2, 8)) {
			terminated(h, 1 + terminated % 11, logins, random);
			terminated++;
		}
		for (Household h : take(bySize, 1, 8)) {
			terminated(h, 1 + terminated % 11, logins, random);
			terminated++;
		}
		open(take(bySize, 3, 6), CaseState.APPLIED, today, logins, random);
		open(take(bySize, 2, 4), CaseState.INVESTIGATED, today, logins, random);
		open(take(bySize, 4, 3), CaseState.REVIEWED, today, logins, random);
		open(take(bySize, 2, 4), CaseState.ON_NOTICE, today, logins, random);
		open(take(bySize, 3, 2), CaseState.OBJECTED, today, logins, random);
		open(take(bySize, 2, 3), CaseState.REJECTED, today, logins, random);
		int edge = edgeCases(bySize, logins, random);
		log.info("Demo 低保边缘家庭: {} households recognised (no cash)", edge);
		// 定期复核: the classes A / B / C in turn (12 / 6 / 3 months in the demo standards); the reviews so far are
		// taken as done on time, so the next one falls in the coming interval, and those whose date came in the
		// last ten days are due now (a few of them overdue)
		jdbc.sql("""
				update assistance_case c set review_class = r.class,
				    last_reviewed_on = case when r.done > 0 then (c.decided_on + r.done * r.months * interval '1 month')::date end,
				    next_review_on = (c.decided_on + (r.done + 1) * r.months * interval '1 month')::date
				from (select id, (array['A', 'B', 'C'])[1 + (id % 3)::int] as class,
				             (array[12, 6, 3])[1 + (id % 3)::int] as months,
				             floor((extract(year from age(:cutoff, decided_on)) * 12
				                    + extract(month from age(:cutoff, decided_on)))
				                   / (array[12, 6, 3])[1 + (id % 3)::int])::int as done
				      from assistance_case where programme = 'DIBAO' and state = 'CONFIRMED') r
				where c.id = r.id and c.review_class is null""")
			.param("cutoff", today.minusDays(10))
			.update();
		int tekun = tekunCases(bySize.getOrDefault(1, List.of()), today, logins, random);
		log.info("Demo 特困 caseload: {} persons in payment (集中 and 分散)", tekun);
		log.info("Demo 低保 caseload: {} households in payment (monthly {} 元), {} terminated this year, 22 in progress",
				paying.size(), MONTHLY_TOTAL, terminated);
	}

	/** Active households whose current members are all alive and in the street, by size, in a seeded order. */
	private Map<Integer, List<Household>> candidates(Random random) {
		Map<Long, Household> households = new LinkedHashMap<>();
		jdbc.sql("""
				select h.id, h.household_no, h.community_id, h.residence_type, h.head_person_id, h.has_bank_account,
				       p.id as person_id, p.name, m.relation, p.birth_date
				from registry_household h
				join registry_membership m on m.household_id = h.id and m.valid_to is null
				join registry_person p on p.id = m.person_id
				where h.status = 'ACTIVE'
				  and not exists (select 1 from registry_membership m2 join registry_person p2 on p2.id = m2.person_id
				                  where m2.household_id = h.id and m2.valid_to is null and p2.status <> 'ACTIVE')
				  and h.id in (select household_id from registry_membership where valid_to is null
				               group by household_id having count(*) <= 5)
				order by h.id, (p.id = h.head_person_id) desc, p.birth_date
				""").query(rs -> {
			Household h = households.computeIfAbsent(rs.getLong("id"), id -> {
				try {
					return new Household(id, rs.getString("household_no"), rs.getLong("community_id"),
							rs.getString("residence_type"), rs.getLong("head_person_id"),
							rs.getBoolean("has_bank_account"), new ArrayList<>());
				}
				catch (java.sql.SQLException ex) {
					throw new IllegalStateException(ex);
				}
			});
			h.members.add(new Member(rs.getLong("person_id"), rs.getString("name"), rs.getString("relation"),
					rs.getObject("birth_date", LocalDate.class)));
		});
		List<Household> all = new ArrayList<>(households.values());
		java.util.Collections.shuffle(all, random);
		// those with a registered payout account first: a household in payment is paid into one (一卡通), and the
		// monthly payout refuses a line without it
		all.sort(java.util.Comparator.comparing((Household h) -> !h.hasBankAccount()));
		Map<Integer, List<Household>> bySize = new LinkedHashMap<>();
		for (Household h : all) {
			bySize.computeIfAbsent(h.members.size(), k -> new ArrayList<>()).add(h);
		}
		return bySize;
	}

	private static List<Household> take(Map<Integer, List<Household>> bySize, int size, int count) {
		List<Household> pool = bySize.getOrDefault(size, List.of());
		List<Household> taken = new ArrayList<>(pool.subList(0, Math.min(count, pool.size())));
		pool.subList(0, taken.size()).clear();
		return taken;
	}

	private Map<Long, DemoStaff.CommunityLogin> communityLogins() {
		Map<Long, DemoStaff.CommunityLogin> logins = new LinkedHashMap<>();
		for (DemoStaff.CommunityLogin staff : DemoStaff.COMMUNITY_LOGINS) {
			communities.byNameOrCode(staff.community()).ifPresent(ref -> logins.put(ref.id(), staff));
		}
		return logins;
	}

	/**
	 * Whole-yuan 基本低保金 at S = 330 such that, with each household's 分类施保 add-ons, the month's total is
	 * {@link #MONTHLY_TOTAL}: each base between a fifth and nine tenths of S × n, and never below 21 × n, so the
	 * income, S × n − base, also leaves a base at 310 for the months before the raise.
	 */
	private static int[] bases(List<Household> paying, BigDecimal[] addOns, Random random) {
		int line = STANDARD.intValue();
		double[] weights = new double[paying.size()];
		double sum = 0;
		int total = MONTHLY_TOTAL.intValueExact();
		for (int i = 0; i < weights.length; i++) {
			weights[i] = line * paying.get(i).members.size() * (0.2 + 0.7 * random.nextDouble());
			sum += weights[i];
			total -= addOns[i].intValue();
		}
		int[] bases = new int[weights.length];
		int given = 0;
		for (int i = 0; i < weights.length; i++) {
			int n = paying.get(i).members.size();
			bases[i] = Math.max(21 * n, Math.min((line - 21) * n, (int) Math.round(weights[i] * total / sum)));
			given += bases[i];
		}
		// the rounding difference, spread one yuan at a time over households that can take it
		for (int i = 0; given != total; i = (i + 1) % bases.length) {
			int step = Integer.signum(total - given);
			int n = paying.get(i).members.size();
			if (bases[i] + step >= 21 * n && bases[i] + step <= (line - 21) * n) {
				bases[i] += step;
				given += step;
			}
		}
		return bases;
	}

	/** The family's 分类施保 in a month at standard S, as a confirmation would compute it (by age: nothing else is recorded). */
	private BigDecimal addOns(Household h, YearMonth month, BigDecimal standard) {
		return ageAddOns.total(h.members.stream().map(Member::birthDate).toList(), month, standard,
				RoundingRule.valueOf(rounding));
	}

	/**
	 * A case in payment from {@code firstPaid} with base {@code base} at S = 330 (plus its add-ons), confirmed the
	 * month before.
	 */
	private Case confirmed(Household h, YearMonth firstPaid, int base, Map<Long, DemoStaff.CommunityLogin> logins, Random random) {
		Case c = new Case(h, CaseState.CONFIRMED, logins.get(h.communityId));
		LocalDate decided = firstPaid.minusMonths(1).atDay(5 + random.nextInt(20));
		c.history(decided.minusDays(24 + random.nextInt(10)), decided, random);
		c.income = STANDARD.multiply(BigDecimal.valueOf(h.members.size())).subtract(BigDecimal.valueOf(base));
		c.firstPaid = firstPaid;
		if (firstPaid.isBefore(RAISE)) {
			c.changes.add(new Change("CONFIRM", firstPaid, OLD_STANDARD, c, addOns(h, firstPaid, OLD_STANDARD), decided,
					DemoStaff.CHIEF, null));
			c.changes.add(new Change("RESTANDARD", RAISE, STANDARD, c, addOns(h, RAISE, STANDARD),
					LocalDate.of(2025, 12, 22), DemoStaff.CHIEF, "调标：低保标准自2026年1月起由310元调整为330元"));
		}
		else {
			c.changes.add(new Change("CONFIRM", firstPaid, STANDARD, c, addOns(h, firstPaid, STANDARD), decided,
					DemoStaff.CHIEF, null));
		}
		c.amount = c.changes.get(c.changes.size() - 1);
		return c;
	}

	/** Confirmed in 2025, terminated in month {@code month} of this year. */
	private void terminated(Household h, int month, Map<Long, DemoStaff.CommunityLogin> logins, Random random) {
		YearMonth firstPaid = YearMonth.of(2025, 2 + random.nextInt(9));
		int base = 60 + random.nextInt(150) * h.members.size();
		Case c = confirmed(h, firstPaid, base, logins, random);
		c.state = CaseState.TERMINATED;
		String[] reasons = { "INCOME_ABOVE_LINE", "INCOME_ABOVE_LINE", "DEATH", "MOVED_OUT", "REFUSED_REVIEW",
				"VOLUNTARY_EXIT" };
		c.terminationReason = reasons[month % reasons.length];
		YearMonth lastPaid = YearMonth.of(2026, month);
		c.terminatedOn = lastPaid.atDay(12 + random.nextInt(10));
		c.lastPaid = lastPaid;
		c.changes.add(new Change("TERMINATE", lastPaid.plusMonths(1), null, null, null, c.terminatedOn, DemoStaff.CHIEF,
				c.terminationReason));
		c.transitions.add(new Transition("CONFIRMED", "TERMINATED", "TERMINATE", DemoStaff.CHIEF, c.terminatedOn,
				switch (c.terminationReason) {
					case "INCOME_ABOVE_LINE" -> "家庭人均收入超过低保标准";
					case "DEATH" -> "保障对象死亡";
					case "MOVED_OUT" -> "户籍迁出本街道";
					case "REFUSED_REVIEW" -> "无正当理由拒不配合复核";
					default -> "本人申请退出";
				}));
		insert(c);
	}

	/** Cases still on their way (or rejected), started in the last weeks. */
	private void open(List<Household> households, CaseState state, LocalDate today, Map<Long, DemoStaff.CommunityLogin> logins,
			Random random) {
		for (Household h : households) {
			Case c = new Case(h, state, logins.get(h.communityId));
			LocalDate applied = today.minusDays(switch (state) {
				case APPLIED -> 1 + random.nextInt(6);
				case INVESTIGATED -> 8 + random.nextInt(5);
				case REVIEWED -> 12 + random.nextInt(4);
				case ON_NOTICE -> 14 + random.nextInt(3);
				default -> 18 + random.nextInt(8);
			});
			c.income = BigDecimal.valueOf(h.members.size() * (state == CaseState.REJECTED ? 420L : 150L + random.nextInt(120)));
			c.progress(applied, today, random);
			insert(c);
		}
	}

	/** 低保边缘家庭 by size: 20×1 + 40×2 + 56×3 + 41×4 + 14×5 = 171 households, 502 persons. */
	static final int[] EDGE_SIZES = { 0, 20, 40, 56, 41, 14 };

	/**
	 * 171 低保边缘家庭 (annual report: 171 households, 502 persons): per-capita income at or above S, below 1.5 × S,
	 * recognised by the chief after the street's assessment, paying nothing (the CONFIRM decision records S, n
	 * and I with 0 元).
	 */
	private int edgeCases(Map<Integer, List<Household>> bySize, Map<Long, DemoStaff.CommunityLogin> logins,
			Random random) {
		int count = 0;
		for (int size = 1; size < EDGE_SIZES.length; size++) {
			for (Household h : take(bySize, size, EDGE_SIZES[size])) {
				Case c = new Case(h, CaseState.CONFIRMED, logins.get(h.communityId));
				c.programme = "EDGE";
				YearMonth from = YearMonth.of(2025, 3).plusMonths(random.nextInt(20));
				LocalDate decided = from.minusMonths(1).atDay(5 + random.nextInt(20));
				c.recognition(decided.minusDays(20 + random.nextInt(10)), decided);
				BigDecimal standard = from.isBefore(RAISE) ? OLD_STANDARD : STANDARD;
				BigDecimal line = standard.multiply(BigDecimal.valueOf(size));
				c.income = line.add(BigDecimal.valueOf(random.nextInt(Math.max(1, line.intValue() / 2 - 1))));
				c.firstPaid = from;
				c.changes.add(new Change("CONFIRM", from, standard, BigDecimal.ZERO, BigDecimal.ZERO, decided,
						"认定为低保边缘家庭，不发放现金，享受医疗、教育、住房、就业、临时救助等专项救助"));
				c.amount = c.changes.get(0);
				insert(c);
				count++;
			}
		}
		return count;
	}

	/**
	 * 36 特困 persons in payment: elderly people living alone, a third of them in the street's 敬老院 (集中供养),
	 * the rest at home with a carer (分散供养); amounts from the demo standards (1.3 × S plus the care amount of the
	 * tier), confirmed in 2025 at S = 310 and raised with the January 调标.
	 */
	private int tekunCases(List<Household> singles, LocalDate today, Map<Long, DemoStaff.CommunityLogin> logins,
			Random random) {
		List<Household> elderly = singles.stream()
			.filter(h -> age(h.members.get(0), today) >= 65 && h.hasBankAccount())
			.limit(36)
			.toList();
		for (int i = 0; i < elderly.size(); i++) {
			Household h = elderly.get(i);
			int unable = i % 3 == 0 ? 4 + random.nextInt(3) : (i % 3 == 1 ? 1 + random.nextInt(3) : 0);
			String tier = unable >= 4 ? "FULL_CARE" : (unable >= 1 ? "PARTIAL_CARE" : "SELF_CARE");
			boolean centralised = i % 3 == 0;
			Case c = new Case(h, CaseState.CONFIRMED, logins.get(h.communityId));
			c.programme = "TEKUN";
			c.tekun = new Tekun(unable, tier, centralised, centralised ? "街道敬老院" : h.members.get(0).name.charAt(0) + "某（邻居）");
			YearMonth firstPaid = YearMonth.of(2025, 2 + random.nextInt(10));
			LocalDate decided = firstPaid.minusMonths(1).atDay(5 + random.nextInt(20));
			c.history(decided.minusDays(24 + random.nextInt(10)), decided, random);
			c.income = BigDecimal.valueOf(random.nextInt(3) * 50L);
			c.firstPaid = firstPaid;
			String form = centralised ? "CENTRALISED" : "DISPERSED";
			c.changes.add(tekunChange("CONFIRM", firstPaid, form, tier, decided, null));
			c.changes.add(tekunChange("RESTANDARD", RAISE, form, tier, LocalDate.of(2025, 12, 22),
					"调标：低保标准自2026年1月起由310元调整为330元"));
			LocalDate reviewDue = c.decidedOn.plusMonths(12);
			if (reviewDue.isBefore(today) && i % 9 != 4) { // a few 年审 are left due, for the to-do list
				c.yearlyReview = reviewDue.minusDays(random.nextInt(20));
				c.transitions.add(new Transition("CONFIRMED", "CONFIRMED", "YEARLY_REVIEW", DemoStaff.STREET_CASEWORKER,
						c.yearlyReview, "年审：三项条件仍然符合，生活自理能力无变化，维持原供养标准"));
				c.changes.add(tekunChange("KEEP", YearMonth.from(c.yearlyReview).plusMonths(1), form, tier,
						c.yearlyReview, "年审维持"));
			}
			c.amount = c.changes.get(c.changes.size() - 1);
			insert(c);
		}
		return elderly.size();
	}

	private Change tekunChange(String kind, YearMonth month, String form, String tier, LocalDate on, String reason) {
		BigDecimal s = standards.money(StandardParameter.DIBAO_STANDARD, "URBAN", month);
		BigDecimal ratio = standards.ratio(StandardParameter.TEKUN_BASIC_RATIO, form, month);
		BigDecimal base = standards.choice(StandardParameter.DIBAO_ROUNDING, null, month, RoundingRule.class)
			.apply(s.multiply(ratio));
		BigDecimal care = standards.money(StandardParameter.TEKUN_CARE_AMOUNT, tier, month);
		return new Change(kind, month, s, base, care, on, reason);
	}

	/** The 特困 application's category and its recognition visit: the three conditions and the assessment. */
	private void insertTekun(long caseId, Case c) {
		Tekun t = c.tekun;
		jdbc.sql("insert into tekun_case (case_id, category) values (:case, 'ELDERLY')").param("case", caseId).update();
		boolean[] unable = new boolean[6];
		for (int i = 0; i < t.unable(); i++) {
			unable[i] = true;
		}
		List<LocalDate> visits = new ArrayList<>(List.of(c.investigatedOn));
		if (c.yearlyReview != null) {
			visits.add(c.yearlyReview);
		}
		for (LocalDate visit : visits) {
			boolean review = !visit.equals(c.investigatedOn);
			jdbc.sql("""
				insert into tekun_assessment (case_id, kind, visited_on, investigators, incapacity_basis, monthly_income,
				    property_ok, property_notes, supporter, supporter_note, unable_eat, unable_dress, unable_bed,
				    unable_toilet, unable_walk, unable_bath, care_tier, support_form, institution_name, carer_name,
				    care_agreement, conclusion, effective_month, recorded_by, recorded_at)
				values (:case, :kind, :on, :investigators, 'AGE_60', :income, true, '无房产、无存款', 'NONE', null,
				    :u0, :u1, :u2, :u3, :u4, :u5, :tier, :form, :institution, :carer, :agreement,
				    '年满60周岁，无劳动能力、无生活来源、无法定赡养抚养扶养义务人，符合特困人员认定条件', :effective, :by, :at)""")
			.param("case", caseId)
			.param("kind", review ? "YEARLY_REVIEW" : "INVESTIGATION")
			.param("effective", review ? YearMonth.from(visit).plusMonths(1).atDay(1) : null)
			.param("on", visit)
			.param("investigators", c.investigators)
			.param("income", c.income)
			.param("u0", unable[0])
			.param("u1", unable[1])
			.param("u2", unable[2])
			.param("u3", unable[3])
			.param("u4", unable[4])
			.param("u5", unable[5])
			.param("tier", t.tier())
			.param("form", t.centralised() ? "CENTRALISED" : "DISPERSED")
			.param("institution", t.centralised() ? t.place() : null)
			.param("carer", t.centralised() ? null : t.place())
			.param("agreement", !t.centralised())
			.param("by", review ? DemoStaff.STREET_CASEWORKER : c.preparer)
			.param("at", Timestamp.from(visit.atTime(17, 0).atZone(ZoneId.systemDefault()).toInstant()))
			.update();
		}
	}

	private void insert(Case c) {
		Household h = c.household;
		Timestamp created = Timestamp.from(c.appliedOn.atTime(9, 30).atZone(ZoneId.systemDefault()).toInstant());
		Timestamp updated = Timestamp.from(c.lastActed().atTime(16, 0).atZone(ZoneId.systemDefault()).toInstant());
		boolean confirmed = c.firstPaid != null;
		Change amountOf = c.amount;
		long id = jdbc.sql("""
				insert into assistance_case (programme, household_id, household_no, community_id, residence_type,
				    applicant_person_id, applicant_name, state, applied_on, via_community, written_mandate, materials,
				    review_opinion, notice_start, notice_end, decided_on, first_paid_month, standard_amount, covered_count,
				    counted_income, rounding, monthly_amount, reject_reason, terminated_on, last_paid_month,
				    termination_reason, needs_review, review_reason, review_flagged_on, prepared_by,
				    version, created_at, created_by, updated_at, updated_by)
				values (:programme, :household, :householdNo, :community, :residence, :applicant, :applicantName, :state,
				    :appliedOn, true, true, :materials, :opinion, :noticeStart, :noticeEnd, :decidedOn, :firstPaid,
				    :standard, :covered, :income, :rounding, :amount, :rejectReason, :terminatedOn, :lastPaid,
				    :terminationReason, :needsReview, :reviewReason, :flaggedOn, :preparedBy,
				    0, :created, :preparedBy, :updated, :updatedBy)
				returning id
				""")
			.param("programme", c.programme)
			.param("household", h.id)
			.param("householdNo", h.householdNo)
			.param("community", h.communityId)
			.param("residence", h.residenceType)
			.param("applicant", h.members.get(0).personId)
			.param("applicantName", h.members.get(0).name)
			.param("state", c.state.name())
			.param("appliedOn", c.appliedOn)
			.param("materials", String.join(",", MATERIALS))
			.param("opinion", !c.reviewed ? null : c.programme.equals("EDGE") ? "家庭月人均收入高于低保标准、低于1.5倍，财产状况符合规定，拟认定为低保边缘家庭。"
					: "经入户调查核实，家庭月人均收入低于低保标准，财产状况符合规定，拟予以保障。")
			.param("noticeStart", c.noticeStart)
			.param("noticeEnd", c.noticeStart == null ? null : c.noticeStart.plusDays(7))
			.param("decidedOn", c.decidedOn)
			.param("firstPaid", confirmed ? c.firstPaid.atDay(1) : null)
			.param("standard", amountOf == null ? null : amountOf.standard)
			.param("covered", amountOf == null ? null : h.members.size())
			.param("income", amountOf == null ? null : c.income)
			.param("rounding", amountOf == null ? null : rounding)
			.param("amount", amountOf == null ? null : amountOf.amount)
			.param("rejectReason", c.state == CaseState.REJECTED ? "经调查，家庭月人均收入高于当地低保标准" : null)
			.param("terminatedOn", c.terminatedOn)
			.param("lastPaid", c.lastPaid == null ? null : c.lastPaid.atDay(1))
			.param("terminationReason", c.terminationReason)
			.param("needsReview", c.needsReview != null)
			.param("reviewReason", c.needsReview)
			.param("flaggedOn", c.needsReview == null ? null : LocalDate.now(clock).minusDays(3))
			.param("preparedBy", c.preparer)
			.param("created", created)
			.param("updated", updated)
			.param("updatedBy", c.transitions.get(c.transitions.size() - 1).actor)
			.query(Long.class)
			.single();
		for (Member m : h.members) {
			jdbc.sql("""
					insert into assistance_case_member (case_id, person_id, name, relation, birth_date)
					values (:case, :person, :name, :relation, :birth)""")
				.param("case", id)
				.param("person", m.personId)
				.param("name", m.name)
				.param("relation", m.relation)
				.param("birth", m.birthDate)
				.update();
		}
		for (Transition t : c.transitions) {
			jdbc.sql("""
					insert into assistance_case_transition (case_id, from_state, to_state, action, actor, acted_at, comment)
					values (:case, :from, :to, :action, :actor, :at, :comment)""")
				.param("case", id)
				.param("from", t.from)
				.param("to", t.to)
				.param("action", t.action)
				.param("actor", t.actor)
				.param("at", Timestamp.from(t.on.atTime(LocalTime.of(10, 15)).atZone(ZoneId.systemDefault()).toInstant()))
				.param("comment", t.comment)
				.update();
		}
		if (c.tekun != null) {
			insertTekun(id, c);
		}
		else if (c.investigatedOn != null) {
			insertInvestigation(id, c);
		}
		for (Change ch : c.changes) {
			jdbc.sql("""
					insert into assistance_case_change (case_id, kind, effective_month, standard_amount, covered_count,
					    counted_income, rounding, base_amount, add_ons, care_amount, monthly_amount, reason, decided_by,
					    decided_at)
					values (:case, :kind, :month, :standard, :covered, :income, :rounding, :base, :addOns, :care, :amount,
					    :reason, :by, :at)""")
				.param("case", id)
				.param("kind", ch.kind)
				.param("month", ch.month.atDay(1))
				.param("standard", ch.standard)
				.param("covered", ch.standard == null ? null : h.members.size())
				.param("income", ch.standard == null ? null : c.income)
				.param("rounding", ch.standard == null ? null : rounding)
				.param("base", ch.base)
				.param("addOns", ch.addOns)
				.param("care", ch.care)
				.param("amount", ch.amount)
				.param("reason", ch.reason)
				.param("by", ch.by)
				.param("at", Timestamp.from(ch.on.atTime(15, 0).atZone(ZoneId.systemDefault()).toInstant()))
				.update();
		}
	}

	/** The home visit: the counted income split over the working-age members, plus a pension that is not counted. */
	private void insertInvestigation(long caseId, Case c) {
		long investigation = jdbc.sql("""
				insert into assistance_investigation (case_id, visited_on, investigators, property_notes, conclusion,
				    recorded_by, recorded_at)
				values (:case, :on, :investigators, :property, :conclusion, :by, :at)
				returning id""")
			.param("case", caseId)
			.param("on", c.investigatedOn)
			.param("investigators", c.investigators)
			.param("property", "无机动车，无商业用房，家庭存款低于规定限额")
			.param("conclusion", c.state == CaseState.REJECTED ? "家庭月人均收入高于低保标准"
					: c.programme.equals("EDGE") ? "家庭月人均收入高于低保标准、低于1.5倍，财产状况符合规定"
					: "家庭月人均收入低于低保标准，财产状况符合规定")
			.param("by", c.preparer)
			.param("at", Timestamp.from(c.investigatedOn.atTime(17, 0).atZone(ZoneId.systemDefault()).toInstant()))
			.query(Long.class)
			.single();
		List<Member> members = c.household.members;
		List<Member> earners = members.stream()
			.filter(m -> age(m, c.investigatedOn) >= 18 && age(m, c.investigatedOn) < 60)
			.toList();
		if (earners.isEmpty()) {
			earners = List.of(members.get(0));
		}
		BigDecimal share = c.income.divideToIntegralValue(BigDecimal.valueOf(earners.size()));
		BigDecimal left = c.income;
		int line = 0;
		for (int i = 0; i < earners.size(); i++) {
			BigDecimal part = i == earners.size() - 1 ? left : share;
			left = left.subtract(part);
			if (part.signum() > 0) {
				item(investigation, line++, earners.get(i).personId, i == 0 ? "WAGES" : "OTHER", part,
						i == 0 ? "灵活就业" : "零工收入");
			}
		}
		for (Member m : members) {
			if (age(m, c.investigatedOn) >= 60) {
				item(investigation, line++, m.personId, "BASIC_PENSION", new BigDecimal("168.00"), "城乡居民基础养老金，不计入");
			}
		}
	}

	private void item(long investigation, int line, long person, String kind, BigDecimal amount, String note) {
		jdbc.sql("""
				insert into assistance_income_item (investigation_id, line, person_id, kind, monthly_amount, note)
				values (:investigation, :line, :person, :kind, :amount, :note)""")
			.param("investigation", investigation)
			.param("line", line)
			.param("person", person)
			.param("kind", kind)
			.param("amount", amount)
			.param("note", note)
			.update();
	}

	private static int age(Member m, LocalDate on) {
		return java.time.Period.between(m.birthDate, on).getYears();
	}

	record Household(long id, String householdNo, long communityId, String residenceType, long headPersonId,
			boolean hasBankAccount, List<Member> members) {
	}

	record Member(long personId, String name, String relation, LocalDate birthDate) {
	}

	/** A 特困 person's assessment: the tier from the activities they cannot do, and where they are cared for. */
	record Tekun(int unable, String tier, boolean centralised, String place) {
	}

	record Transition(String from, String to, String action, String actor, LocalDate on, String comment) {
	}

	/** A dated amount decision; {@code standard} null for a termination. */
	static final class Change {

		final String kind;

		final YearMonth month;

		final BigDecimal standard;

		final BigDecimal base;

		final BigDecimal addOns;

		final BigDecimal care;

		final BigDecimal amount;

		final LocalDate on;

		final String by;

		final String reason;

		/** A 低保 decision: S × n − I plus the add-ons; {@code standard} null for a termination. */
		Change(String kind, YearMonth month, BigDecimal standard, Case c, BigDecimal addOns, LocalDate on, String by,
				String reason) {
			this.kind = kind;
			this.month = month;
			this.standard = standard;
			this.base = standard == null ? BigDecimal.ZERO
					: standard.multiply(BigDecimal.valueOf(c.household.members.size())).subtract(c.income);
			this.addOns = standard == null ? BigDecimal.ZERO : addOns;
			this.care = BigDecimal.ZERO;
			this.amount = base.add(this.addOns);
			this.on = on;
			this.by = by;
			this.reason = reason;
		}

		/** A 特困 decision: the basic-living amount (ratio × S, rounded) plus the care amount of the tier. */
		Change(String kind, YearMonth month, BigDecimal standard, BigDecimal base, BigDecimal care, LocalDate on,
				String reason) {
			this.kind = kind;
			this.month = month;
			this.standard = standard;
			this.base = base;
			this.addOns = BigDecimal.ZERO;
			this.care = care;
			this.amount = base.add(care);
			this.on = on;
			this.by = DemoStaff.CHIEF;
			this.reason = reason;
		}

	}

	/** One case being written: its state, dates, timeline and amount decisions. */
	static final class Case {

		final Household household;

		String programme = "DIBAO";

		CaseState state;

		final String preparer;

		/** Who visited: the community caseworker and a committee member. */
		String investigators;

		LocalDate appliedOn;

		LocalDate investigatedOn;

		boolean reviewed;

		LocalDate noticeStart;

		LocalDate decidedOn;

		YearMonth firstPaid;

		BigDecimal income;

		Change amount;

		LocalDate terminatedOn;

		YearMonth lastPaid;

		String terminationReason;

		String needsReview;

		/** For a 特困 case: its category, tier and 供养形式, and the day of its last 年审 (null: none yet). */
		Tekun tekun;

		LocalDate yearlyReview;

		final List<Transition> transitions = new ArrayList<>();

		final List<Change> changes = new ArrayList<>();

		Case(Household household, CaseState state, DemoStaff.CommunityLogin staff) {
			this.household = household;
			this.state = state;
			this.preparer = staff == null ? DemoStaff.STREET_CASEWORKER : staff.login();
			this.investigators = (staff == null ? "街道经办人" : staff.community() + "社区专干") + "、社区居委会委员";
		}

		/** Applied, investigated, reviewed, noticed for 7 days and confirmed on {@code decided}. */
		void history(LocalDate applied, LocalDate decided, Random random) {
			appliedOn = applied;
			investigatedOn = applied.plusDays(2 + random.nextInt(3));
			reviewed = true;
			LocalDate reviewedOn = investigatedOn.plusDays(3 + random.nextInt(3));
			noticeStart = reviewedOn.plusDays(1);
			decidedOn = decided.isAfter(noticeStart.plusDays(7)) ? decided : noticeStart.plusDays(8);
			transitions.add(new Transition(null, "APPLIED", "APPLY", preparer, appliedOn, "经社区受理，书面委托已存档"));
			transitions.add(new Transition("APPLIED", "INVESTIGATED", "INVESTIGATE", preparer, investigatedOn, "入户调查已完成"));
			transitions.add(new Transition("INVESTIGATED", "REVIEWED", "REVIEW", DemoStaff.STREET_CASEWORKER, reviewedOn,
					"拟予以保障"));
			transitions.add(new Transition("REVIEWED", "ON_NOTICE", "NOTICE", DemoStaff.STREET_CASEWORKER, noticeStart,
					"在社区公示栏公示7天"));
			transitions.add(new Transition("ON_NOTICE", "CONFIRMED", "CONFIRM", DemoStaff.CHIEF, decidedOn, "公示无异议，审核确认"));
		}

		/** 低保边缘: applied, investigated, assessed by the street and recognised by the chief (no 公示). */
		void recognition(LocalDate applied, LocalDate decided) {
			appliedOn = applied;
			investigatedOn = applied.plusDays(3);
			reviewed = true;
			decidedOn = decided;
			transitions.add(new Transition(null, "APPLIED", "APPLY", preparer, appliedOn, "经社区受理"));
			transitions.add(new Transition("APPLIED", "INVESTIGATED", "INVESTIGATE", preparer, investigatedOn, "入户调查已完成"));
			transitions.add(new Transition("INVESTIGATED", "REVIEWED", "REVIEW", DemoStaff.STREET_CASEWORKER,
					investigatedOn.plusDays(4), "家庭月人均收入高于低保标准、低于1.5倍，拟认定为低保边缘家庭"));
			transitions.add(new Transition("REVIEWED", "CONFIRMED", "RECOGNISE", DemoStaff.CHIEF, decided, "同意认定"));
		}

		/** The steps up to {@code state}, the last of them a few days ago. */
		void progress(LocalDate applied, LocalDate today, Random random) {
			appliedOn = applied;
			transitions.add(new Transition(null, "APPLIED", "APPLY", preparer, applied, "经社区受理，书面委托已存档"));
			if (state == CaseState.APPLIED) {
				return;
			}
			investigatedOn = applied.plusDays(3);
			transitions.add(new Transition("APPLIED", "INVESTIGATED", "INVESTIGATE", preparer, investigatedOn, "入户调查已完成"));
			if (state == CaseState.INVESTIGATED) {
				return;
			}
			if (state == CaseState.REJECTED) {
				decidedOn = investigatedOn.plusDays(5);
				transitions.add(new Transition("INVESTIGATED", "REJECTED", "REJECT", DemoStaff.CHIEF, decidedOn,
						"经调查，家庭月人均收入高于当地低保标准"));
				return;
			}
			reviewed = true;
			LocalDate reviewedOn = investigatedOn.plusDays(4);
			transitions.add(new Transition("INVESTIGATED", "REVIEWED", "REVIEW", DemoStaff.STREET_CASEWORKER, reviewedOn,
					"拟予以保障"));
			if (state == CaseState.REVIEWED) {
				return;
			}
			noticeStart = state == CaseState.ON_NOTICE ? today.minusDays(2 + random.nextInt(3)) : reviewedOn.plusDays(1);
			transitions.add(new Transition("REVIEWED", "ON_NOTICE", "NOTICE", DemoStaff.STREET_CASEWORKER, noticeStart,
					"在社区公示栏公示7天"));
			if (state == CaseState.OBJECTED) {
				transitions.add(new Transition("ON_NOTICE", "OBJECTED", "OBJECT", preparer, noticeStart.plusDays(3),
						"有居民反映该户有经营收入，需重新调查核实"));
			}
		}

		LocalDate lastActed() {
			return transitions.get(transitions.size() - 1).on;
		}

	}

}
