package cn.street.civil.disability.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;

import cn.street.civil.community.CommunityDirectory;
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
 * The demo street's disabled persons (DOMAIN A3): about 300 holders of a 第二代残疾人证, 77 of them in the poor
 * households of the 低保 caseload (one per household, so the 困难残疾人生活补贴 is paid in the demo months), the others
 * in households outside 低保 (a few with two holders), the severe ones (一、二级, long-term care) paid the 护理补贴, and a few rehabilitation aids. Holders are chosen among
 * households with a registered payout account. After the 低保 caseload (100), before the 优抚 demo and the payouts.
 */
@Component
@Profile("demo")
@Order(180)
class DemoCertificates implements DemoDataLoader {

	private static final Logger log = LoggerFactory.getLogger(DemoCertificates.class);

	static final int HOLDERS = 300;

	static final int POOR_HOUSEHOLDS = 77;

	private static final String[] CATEGORIES = { "VISUAL", "HEARING", "SPEECH", "PHYSICAL", "INTELLECTUAL", "MENTAL",
			"MULTIPLE" };

	/** The street's mix: 肢体 most, then 视力, 听力, 精神, 智力, 多重, 言语. */
	private static final int[] CATEGORY_WEIGHTS = { 14, 13, 4, 42, 9, 12, 6 };

	private final JdbcClient jdbc;

	private final Clock clock;

	private final CommunityDirectory communities;

	DemoCertificates(JdbcClient jdbc, Clock clock, CommunityDirectory communities) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.communities = communities;
	}

	record Candidate(long personId, long householdId, LocalDate birthDate, long communityId) {
	}

	@Override
	@Transactional
	public void load() {
		if (jdbc.sql("select exists (select 1 from disability_certificate)").query(Boolean.class).single()) {
			return;
		}
		LocalDate today = LocalDate.now(clock);
		Random random = new Random(1652);
		// the poor households: in 低保 this month, one adult member each
		List<Candidate> poor = candidates("""
				and h.id in (select pp.household_id from assistance_payment_period pp
				             where pp.programme = 'DIBAO' and pp.kind <> 'TERMINATE'
				               and pp.from_month <= date_trunc('month', cast(:today as date))
				               and (pp.until_month is null or pp.until_month > cast(:today as date)))""", today);
		List<Candidate> others = candidates("""
				and h.id not in (select pp.household_id from assistance_payment_period pp
				                 where pp.programme = 'DIBAO' and pp.kind <> 'TERMINATE'
				                   and (pp.until_month is null or pp.until_month > cast(:today as date)))""", today);
		Collections.shuffle(poor, random);
		Collections.shuffle(others, random);
		Set<Long> households = new HashSet<>();
		List<Candidate> chosen = new ArrayList<>();
		for (Candidate c : poor) {
			if (chosen.size() < POOR_HOUSEHOLDS && households.add(c.householdId())) {
				chosen.add(c);
			}
		}
		int poorCount = chosen.size();
		for (Candidate c : others) {
			if (chosen.size() < HOLDERS) {
				chosen.add(c);
			}
		}
		Map<Long, String> logins = logins();
		int aids = 0;
		for (Candidate c : chosen) {
			int age = Period.between(c.birthDate(), today).getYears();
			String category = pick(random);
			int grade = 1 + weighted(random, new int[] { 15, 25, 30, 30 });
			LocalDate issued = today.minusDays(200 + random.nextInt(3000));
			LocalDate review = issued.plusYears(random.nextInt(10) < 8 ? 10 : 5);
			String employment = age < 16 ? "STUDENT" : age >= 60 ? "RETIRED"
					: grade <= 2 ? "UNABLE" : new String[] { "UNEMPLOYED", "EMPLOYED", "FLEXIBLE", "SELF_EMPLOYED" }[random.nextInt(4)];
			String by = logins.getOrDefault(c.communityId(), DemoStaff.STREET_CASEWORKER);
			Timestamp at = Timestamp.from(issued.plusDays(3).atTime(10, 0).atZone(ZoneId.systemDefault()).toInstant());
			long id = jdbc.sql("""
					insert into disability_certificate (person_id, category, grade, issued_on, review_on, long_term_care,
					    employment, version, created_at, created_by, updated_at, updated_by)
					values (:person, :category, :grade, :issued, :review, :care, :employment, 0, :at, :by, :at, :by)
					returning id""")
				.param("person", c.personId()).param("category", category).param("grade", grade)
				.param("issued", issued).param("review", review).param("care", grade <= 2).param("employment", employment)
				.param("at", at).param("by", by)
				.query(Long.class).single();
			String aid = switch (category) {
				case "PHYSICAL" -> grade <= 2 ? "轮椅" : "拐杖";
				case "VISUAL" -> "盲杖";
				case "HEARING" -> "助听器";
				default -> null;
			};
			if (aid != null && random.nextInt(3) == 0) {
				jdbc.sql("""
						insert into disability_aid (certificate_id, item, issued_on, note, recorded_by, recorded_at)
						values (:certificate, :item, :on, :note, :by, :at)""")
					.param("certificate", id).param("item", aid).param("on", issued.plusMonths(2))
					.param("note", "区残联统一配发").param("by", by).param("at", at)
					.update();
				aids++;
			}
		}
		log.info("Demo 残疾人: {} certificate holders ({} in 低保 households), {} aids", chosen.size(), poorCount, aids);
	}

	/** Active persons currently in an active household with a payout account, without a certificate. */
	private List<Candidate> candidates(String condition, LocalDate today) {
		return jdbc.sql("""
				select p.id, m.household_id, p.birth_date, h.community_id
				from registry_person p
				join registry_membership m on m.person_id = p.id and m.valid_to is null
				join registry_household h on h.id = m.household_id and h.status = 'ACTIVE' and h.has_bank_account
				where p.status = 'ACTIVE' and p.birth_date <= cast(:today as date) - interval '6 years'
				""" + condition + """

				order by p.id""")
			.param("today", today)
			.query((rs, n) -> new Candidate(rs.getLong("id"), rs.getLong("household_id"),
					rs.getObject("birth_date", LocalDate.class), rs.getLong("community_id")))
			.list();
	}

	/** Community id → the login of its demo caseworker, who registered the certificate. */
	private Map<Long, String> logins() {
		Map<String, String> byName = DemoStaff.COMMUNITY_LOGINS.stream()
			.collect(Collectors.toMap(DemoStaff.CommunityLogin::community, DemoStaff.CommunityLogin::login));
		Map<Long, String> logins = new HashMap<>();
		communities.names().forEach((id, name) -> {
			if (byName.containsKey(name)) {
				logins.put(id, byName.get(name));
			}
		});
		return logins;
	}

	private static String pick(Random random) {
		return CATEGORIES[weighted(random, CATEGORY_WEIGHTS)];
	}

	private static int weighted(Random random, int[] weights) {
		int total = 0;
		for (int w : weights) {
			total += w;
		}
		int r = random.nextInt(total);
		for (int i = 0; i < weights.length; i++) {
			r -= weights[i];
			if (r < 0) {
				return i;
			}
		}
		return weights.length - 1;
	}

}
