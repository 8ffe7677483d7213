package cn.street.civil.care.internal;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;

import cn.street.civil.shared.demo.DemoDataLoader;
import cn.street.civil.shared.demo.DemoStaff;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The demo street's 优抚 (DOMAIN A3): 21 残疾军人 (一级–十级, 因战/因公/因病, one 六级因公 among them), 20 参战参试退役人员
 * and 20 other care recipients (烈士遗属, 因公牺牲/病故军人遗属, 在乡复员军人, 带病回乡退伍军人, 60岁以上农村籍退役士兵,
 * 义务兵家庭), one per household and only in households with a payout account, all in payment; 光荣牌 on every
 * martyr's family and on most veterans' households (two of them replaced), the rest on the "not yet hung" list; and
 * the last 春节 campaign, completed: every recipient's household and a few hand-picked 低保 and 残疾人 households
 * visited in the first days of February with 慰问金 (the CARE_VISIT_CASH payout of that month) and goods. After the
 * certificates (180), before the payouts (300).
 */
@Component
@Profile("demo")
@Order(200)
class DemoCare implements DemoDataLoader {

	private static final Logger log = LoggerFactory.getLogger(DemoCare.class);

	private final JdbcClient jdbc;

	private final Clock clock;

	DemoCare(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	record Candidate(long personId, long householdId, long communityId, String sex, LocalDate birthDate,
			String residence) {

		int age(LocalDate on) {
			return java.time.Period.between(birthDate, on).getYears();
		}

	}

	/** How many of a category, of which sex (null: either) and between which ages. */
	record Quota(CareCategory category, int count, String sex, int minAge, int maxAge) {
	}

	static final List<Quota> QUOTAS = List.of(new Quota(CareCategory.DISABLED_VETERAN, 21, "MALE", 35, 90),
			new Quota(CareCategory.WAR_PARTICIPANT, 20, "MALE", 58, 85),
			new Quota(CareCategory.MARTYR_FAMILY, 4, null, 55, 90),
			new Quota(CareCategory.DUTY_DEATH_FAMILY, 2, null, 40, 85),
			new Quota(CareCategory.ILLNESS_DEATH_FAMILY, 2, null, 45, 90),
			new Quota(CareCategory.DEMOBILISED, 3, "MALE", 80, 100),
			new Quota(CareCategory.ILL_RETURNED, 3, "MALE", 50, 80),
			new Quota(CareCategory.RURAL_VETERAN, 4, "MALE", 60, 90),
			new Quota(CareCategory.ACTIVE_SERVICE_FAMILY, 2, null, 40, 60));

	/** Grades and natures of the 21 veterans: the common middle and low grades, one 六级因公. */
	private static final int[] GRADES = { 1, 2, 3, 4, 4, 5, 5, 6, 6, 6, 7, 7, 7, 8, 8, 8, 9, 9, 10, 10, 10 };

	@Override
	@Transactional
	public void load() {
		if (jdbc.sql("select exists (select 1 from care_recipient)").query(Boolean.class).single()) {
			return;
		}
		LocalDate today = LocalDate.now(clock);
		Random random = new Random(81);
		List<Candidate> pool = new ArrayList<>(candidates());
		Collections.shuffle(pool, random);
		Set<Long> households = new HashSet<>();
		List<long[]> recipients = new ArrayList<>(); // {recipient, household, community, categoryOrdinal}
		int veteran = 0;
		int serial = 1000;
		for (Quota q : QUOTAS) {
			int taken = 0;
			for (Candidate c : pool) {
				if (taken == q.count()) {
					break;
				}
				int age = c.age(today);
				if (households.contains(c.householdId()) || (q.sex() != null && !q.sex().equals(c.sex()))
						|| age < q.minAge() || age > q.maxAge()
						|| (q.category() == CareCategory.RURAL_VETERAN && !"RURAL".equals(c.residence()) && random.nextInt(3) > 0)) {
					continue;
				}
				Integer grade = null;
				DisabilityNature nature = null;
				if (q.category() == CareCategory.DISABLED_VETERAN) {
					grade = GRADES[veteran % GRADES.length];
					nature = veteran == 8 ? DisabilityNature.DUTY
							: grade <= 6 && veteran % 5 == 4 ? DisabilityNature.ILLNESS
									: veteran % 2 == 0 ? DisabilityNature.WAR : DisabilityNature.DUTY;
					veteran++;
				}
				YearMonth since = YearMonth.of(2012 + random.nextInt(13), 1 + random.nextInt(12));
				if (!since.isBefore(YearMonth.from(today))) {
					since = YearMonth.from(today).minusMonths(6);
				}
				serial += 1 + random.nextInt(40);
				long id = insertRecipient(c, q.category(), certificate(q.category(), serial), grade, nature, since);
				households.add(c.householdId());
				recipients.add(new long[] { id, c.householdId(), c.communityId(), q.category().ordinal() });
				taken++;
			}
		}
		int plaques = plaques(recipients, random);
		int visits = springFestival(recipients, today, random);
		log.info("Demo 优抚: {} recipients, {} 光荣牌, last 春节 campaign with {} households visited", recipients.size(),
				plaques, visits);
	}

	private List<Candidate> candidates() {
		return jdbc.sql("""
				select p.id, m.household_id, h.community_id, p.sex, p.birth_date, h.residence_type
				from registry_person p
				join registry_membership m on m.person_id = p.id and m.valid_to is null
				join registry_household h on h.id = m.household_id and h.status = 'ACTIVE' and h.has_bank_account
				where p.status = 'ACTIVE'
				order by p.id""")
			.query((rs, n) -> new Candidate(rs.getLong("id"), rs.getLong("household_id"), rs.getLong("community_id"),
					rs.getString("sex"), rs.getObject("birth_date", LocalDate.class), rs.getString("residence_type")))
			.list();
	}

	private long insertRecipient(Candidate c, CareCategory category, String certificate, Integer grade,
			DisabilityNature nature, YearMonth since) {
		Timestamp at = Timestamp.from(since.minusMonths(1).atDay(12).atTime(10, 0).atZone(ZoneId.systemDefault())
			.toInstant());
		return jdbc.sql("""
				insert into care_recipient (person_id, category, certificate_no, disability_grade, disability_nature,
				    since_month, version, created_at, created_by, updated_at, updated_by)
				values (:person, :category, :certificate, :grade, :nature, :since, 0, :at, :by, :at, :by)
				returning id""")
			.param("person", c.personId()).param("category", category.name()).param("certificate", certificate)
			.param("grade", grade).param("nature", nature == null ? null : nature.name()).param("since", since.atDay(1))
			.param("at", at).param("by", DemoStaff.STREET_CASEWORKER)
			.query(Long.class).single();
	}

	private static String certificate(CareCategory category, int serial) {
		String prefix = switch (category) {
			case DISABLED_VETERAN -> "鲁残军字第";
			case MARTYR_FAMILY -> "烈属证第";
			case DUTY_DEATH_FAMILY, ILLNESS_DEATH_FAMILY -> "军属证第";
			case ACTIVE_SERVICE_FAMILY -> "济军优字第";
			default -> "鲁退役字第";
		};
		return prefix + "%06d".formatted(serial) + "号";
	}

	/** Every martyr's family and four in five of the others; two plaques replaced. */
	private int plaques(List<long[]> recipients, Random random) {
		int count = 0;
		int replaced = 0;
		for (long[] r : recipients) {
			CareCategory category = CareCategory.values()[(int) r[3]];
			PlaqueBasis basis = PlaqueBasis.of(category);
			if (basis == PlaqueBasis.VETERAN_FAMILY && random.nextInt(5) == 0) {
				continue;
			}
			LocalDate hung = LocalDate.of(2018 + random.nextInt(7), 7, 20 + random.nextInt(10));
			long id = plaque(r, basis, hung, "街道退役军人服务站", null, null);
			count++;
			if (replaced < 2 && basis != PlaqueBasis.VETERAN_FAMILY) {
				plaque(r, basis, hung.plusYears(1).withMonth(3), "街道退役军人服务站", id, "风雨侵蚀褪色，更换新牌");
				replaced++;
				count++;
			}
		}
		return count;
	}

	private long plaque(long[] r, PlaqueBasis basis, LocalDate hung, String by, Long replaces, String reason) {
		return jdbc.sql("""
				insert into care_plaque (household_id, recipient_id, basis, hung_on, hung_by, replaces_id,
				    replacement_reason, recorded_by, recorded_at)
				values (:household, :recipient, :basis, :hung, :by, :replaces, :reason, :recorder, :at) returning id""")
			.param("household", r[1]).param("recipient", r[0]).param("basis", basis.name()).param("hung", hung)
			.param("by", by).param("replaces", replaces).param("reason", reason)
			.param("recorder", DemoStaff.STREET_CASEWORKER)
			.param("at", Timestamp.from(hung.atTime(16, 0).atZone(ZoneId.systemDefault()).toInstant()))
			.query(Long.class).single();
	}

	/**
	 * The last 春节 (this year's if February is past, else last year's): opened in January, every recipient's
	 * household plus eight 低保 and four 残疾人 households hand-picked, all visited on 1–12 February, completed.
	 */
	private int springFestival(List<long[]> recipients, LocalDate today, Random random) {
		int year = today.getMonthValue() >= 3 ? today.getYear() : today.getYear() - 1;
		LocalDate opened = LocalDate.of(year, 1, 10);
		Timestamp openedAt = Timestamp.from(opened.atTime(9, 0).atZone(ZoneId.systemDefault()).toInstant());
		Timestamp generatedAt = Timestamp.from(opened.atTime(9, 30).atZone(ZoneId.systemDefault()).toInstant());
		Timestamp closedAt = Timestamp.from(LocalDate.of(year, 2, 14).atTime(15, 0).atZone(ZoneId.systemDefault())
			.toInstant());
		long campaign = jdbc.sql("""
				insert into care_campaign (kind, year, title, categories, standard_cash, state, opened_by, closed_by,
				    closed_at, generated_at, generated_by, version, created_at, created_by, updated_at, updated_by)
				values ('SPRING_FESTIVAL', :year, :title, :categories, 500.00, 'CLOSED', :chief, :chief, :closed,
				    :generated, :chief, 3, :opened, :chief, :closed, :chief)
				returning id""")
			.param("year", year).param("title", year + "年春节走访慰问")
			.param("categories", Arrays.stream(CareCategory.values()).map(Enum::name).collect(Collectors.joining(",")))
			.param("chief", DemoStaff.CHIEF).param("closed", closedAt).param("generated", generatedAt)
			.param("opened", openedAt)
			.query(Long.class).single();
		LocalDate month = LocalDate.of(year, 2, 1);
		List<long[]> needy = new ArrayList<>(); // {household, person, community, basis 0 DIBAO / 1 DISABLED}
		jdbc.sql("""
				select distinct pp.household_id, h.head_person_id, h.community_id from assistance_payment_period pp
				join registry_household h on h.id = pp.household_id and h.status = 'ACTIVE' and h.has_bank_account
				where pp.programme = 'DIBAO' and pp.kind <> 'TERMINATE' and pp.from_month <= :month
				  and (pp.until_month is null or pp.until_month > :month)
				order by pp.household_id limit 8""")
			.param("month", month)
			.query((rs, n) -> new long[] { rs.getLong(1), rs.getLong(2), rs.getLong(3), 0 }).list().forEach(needy::add);
		jdbc.sql("""
				select distinct on (m.household_id) m.household_id, d.person_id, h.community_id from disability_holder d
				join registry_membership m on m.person_id = d.person_id and m.valid_to is null
				join registry_household h on h.id = m.household_id and h.status = 'ACTIVE' and h.has_bank_account
				where d.grade <= 2 order by m.household_id, d.grade limit 12""")
			.query((rs, n) -> new long[] { rs.getLong(1), rs.getLong(2), rs.getLong(3), 1 }).list().stream()
			.filter(d -> needy.stream().noneMatch(x -> x[0] == d[0]))
			.limit(4)
			.forEach(needy::add);
		String[] visitors = { "街道退役军人服务站、社区书记", "街道分管领导、社区专干", "社区书记、社区专干" };
		int visits = 0;
		for (long[] r : recipients) {
			long person = jdbc.sql("select person_id from care_recipient where id = :id").param("id", r[0])
				.query(Long.class).single();
			visit(campaign, r[1], person, r[2], CareCategory.values()[(int) r[3]].name(), false,
					LocalDate.of(year, 2, 1 + random.nextInt(12)), visitors[random.nextInt(3)], new BigDecimal("500.00"),
					random.nextBoolean() ? "米、面、油" : null);
			visits++;
		}
		for (long[] n : needy) {
			visit(campaign, n[0], n[1], n[2], n[3] == 0 ? "DIBAO" : "DISABLED", true,
					LocalDate.of(year, 2, 1 + random.nextInt(12)), visitors[2], new BigDecimal("300.00"), "米、面、油");
			visits++;
		}
		return visits;
	}

	private void visit(long campaign, long household, long person, long community, String basis, boolean handPicked,
			LocalDate on, String visitors, BigDecimal cash, String goods) {
		jdbc.sql("""
				insert into care_campaign_visit (campaign_id, household_id, person_id, community_id, basis, hand_picked,
				    visited_on, visitors, cash, goods, goods_value, recorded_by, recorded_at, version)
				values (:campaign, :household, :person, :community, :basis, :handPicked, :on, :visitors, :cash, :goods,
				    :goodsValue, :by, :at, 1)
				on conflict (campaign_id, household_id) do nothing""")
			.param("campaign", campaign).param("household", household).param("person", person)
			.param("community", community).param("basis", basis).param("handPicked", handPicked).param("on", on)
			.param("visitors", visitors).param("cash", cash).param("goods", goods)
			.param("goodsValue", goods == null ? null : new BigDecimal("200.00")).param("by", DemoStaff.STREET_CASEWORKER)
			.param("at", Timestamp.from(on.atTime(17, 0).atZone(ZoneId.systemDefault()).toInstant()))
			.update();
	}

}
