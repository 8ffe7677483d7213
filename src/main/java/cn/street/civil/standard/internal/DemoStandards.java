package cn.street.civil.standard.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;

import cn.street.civil.shared.demo.DemoDataLoader;
import cn.street.civil.standard.AddOnRule;
import cn.street.civil.standard.CommunityReviewMode;
import cn.street.civil.standard.PaymentMethod;
import cn.street.civil.standard.RoundingRule;
import cn.street.civil.standard.SinglePersonRule;
import cn.street.civil.standard.StandardParameter;
import cn.street.civil.standard.TekunBasicRule;
import cn.street.civil.standard.ValueKind;

import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import static cn.street.civil.standard.StandardParameter.ADDON_AMOUNT;
import static cn.street.civil.standard.StandardParameter.ADDON_ELDERLY_AGE;
import static cn.street.civil.standard.StandardParameter.ADDON_RULE;
import static cn.street.civil.standard.StandardParameter.ADDON_SHARE;
import static cn.street.civil.standard.StandardParameter.COMMUNITY_REVIEW_MODE;
import static cn.street.civil.standard.StandardParameter.CONFIRMATION_DEADLINE_DAYS;
import static cn.street.civil.standard.StandardParameter.DIBAO_PAYMENT_METHOD;
import static cn.street.civil.standard.StandardParameter.DIBAO_ROUNDING;
import static cn.street.civil.standard.StandardParameter.DIBAO_STANDARD;
import static cn.street.civil.standard.StandardParameter.EDGE_INCOME_MULTIPLIER;
import static cn.street.civil.standard.StandardParameter.PHASE_OUT_BAND_MULTIPLIER;
import static cn.street.civil.standard.StandardParameter.PHASE_OUT_MONTHS;
import static cn.street.civil.standard.StandardParameter.PUBLICITY_DAYS;
import static cn.street.civil.standard.StandardParameter.REJECTION_NOTICE_DAYS;
import static cn.street.civil.standard.StandardParameter.REVIEW_INTERVAL_MONTHS;
import static cn.street.civil.standard.StandardParameter.SINGLE_PERSON_RULE;
import static cn.street.civil.standard.StandardParameter.TEKUN_BASIC_RATIO;
import static cn.street.civil.standard.StandardParameter.TEKUN_BASIC_RULE;
import static cn.street.civil.standard.StandardParameter.TEKUN_CARE_AMOUNT;
import static cn.street.civil.standard.StandardParameter.TOTAL_DEADLINE_DAYS;

/**
 * Demo mode: the demo street's standards (DOMAIN.md A3, §10), as if proposed by 刘经办 (jiedao) and approved
 * by 王科长 (chief) before each took effect. 低保标准 310 元 in 2025, 330 元 from January 2026 (urban and rural
 * alike); everything else from January 2025. The 文号 are made up. Only into an empty table.
 */
@Component
@Profile("demo")
@Order(40)
class DemoStandards implements DemoDataLoader {

	static final LocalDate START = LocalDate.of(2025, 1, 1);

	static final LocalDate RAISE = LocalDate.of(2026, 1, 1);

	private static final ZoneId OFFICE_ZONE = ZoneId.of("Asia/Shanghai");

	private static final String LOCAL = "济民发〔2024〕21号";

	private static final String NATIONAL_DIBAO = "民发〔2021〕57号";

	private final JdbcClient jdbc;

	DemoStandards(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	@Transactional
	public void load() {
		if (jdbc.sql("select count(*) from standard_value").query(Long.class).single() > 0) {
			return;
		}
		for (String area : new String[] { "URBAN", "RURAL" }) {
			row(DIBAO_STANDARD, area, START, RAISE, new BigDecimal("310.00"), null, "济民发〔2024〕20号");
			row(DIBAO_STANDARD, area, RAISE, null, new BigDecimal("330.00"), null, "济民发〔2025〕18号");
		}
		row(DIBAO_ROUNDING, null, RoundingRule.ROUND_HALF_UP_FEN, LOCAL);
		row(DIBAO_PAYMENT_METHOD, null, PaymentMethod.EXACT_TOP_UP, LOCAL);
		row(SINGLE_PERSON_RULE, null, SinglePersonRule.STANDARD_MINUS_INCOME, LOCAL);
		row(EDGE_INCOME_MULTIPLIER, null, START, null, new BigDecimal("1.5"), null, LOCAL);
		// 分类施保: 老年人 (年满 60) 10% of S, 未成年人 50 元, 重度残疾人 20% of S, 重病患者 20% of S
		row(ADDON_ELDERLY_AGE, null, START, null, BigDecimal.valueOf(60), null, LOCAL);
		row(ADDON_RULE, "ELDERLY", AddOnRule.SHARE_OF_STANDARD, LOCAL);
		row(ADDON_SHARE, "ELDERLY", START, null, new BigDecimal("0.1"), null, LOCAL);
		row(ADDON_RULE, "MINOR", AddOnRule.FIXED_AMOUNT, LOCAL);
		row(ADDON_AMOUNT, "MINOR", START, null, new BigDecimal("50.00"), null, LOCAL);
		row(ADDON_RULE, "SEVERE_DISABILITY", AddOnRule.SHARE_OF_STANDARD, LOCAL);
		row(ADDON_SHARE, "SEVERE_DISABILITY", START, null, new BigDecimal("0.2"), null, LOCAL);
		row(ADDON_RULE, "SERIOUS_ILLNESS", AddOnRule.SHARE_OF_STANDARD, LOCAL);
		row(ADDON_SHARE, "SERIOUS_ILLNESS", START, null, new BigDecimal("0.2"), null, LOCAL);
		row(PHASE_OUT_MONTHS, null, START, null, BigDecimal.valueOf(6), null, LOCAL);
		row(PHASE_OUT_BAND_MULTIPLIER, null, START, null, new BigDecimal("1.5"), null, LOCAL);
		for (String form : new String[] { "CENTRALISED", "DISPERSED" }) {
			row(TEKUN_BASIC_RULE, form, TekunBasicRule.RATIO_OF_DIBAO, LOCAL);
			row(TEKUN_BASIC_RATIO, form, START, null, new BigDecimal("1.3"), null, LOCAL);
		}
		row(TEKUN_CARE_AMOUNT, "SELF_CARE", START, null, new BigDecimal("100.00"), null, LOCAL);
		row(TEKUN_CARE_AMOUNT, "PARTIAL_CARE", START, null, new BigDecimal("300.00"), null, LOCAL);
		row(TEKUN_CARE_AMOUNT, "FULL_CARE", START, null, new BigDecimal("600.00"), null, LOCAL);
		row(PUBLICITY_DAYS, null, START, null, BigDecimal.valueOf(7), null, NATIONAL_DIBAO);
		row(COMMUNITY_REVIEW_MODE, null, CommunityReviewMode.ON_OBJECTION, NATIONAL_DIBAO);
		row(REVIEW_INTERVAL_MONTHS, "A", START, null, BigDecimal.valueOf(12), null, NATIONAL_DIBAO);
		row(REVIEW_INTERVAL_MONTHS, "B", START, null, BigDecimal.valueOf(6), null, NATIONAL_DIBAO);
		row(REVIEW_INTERVAL_MONTHS, "C", START, null, BigDecimal.valueOf(3), null, LOCAL);
		row(CONFIRMATION_DEADLINE_DAYS, null, START, null, BigDecimal.valueOf(10), null, NATIONAL_DIBAO);
		row(REJECTION_NOTICE_DAYS, null, START, null, BigDecimal.valueOf(3), null, NATIONAL_DIBAO);
		row(TOTAL_DEADLINE_DAYS, null, START, null, BigDecimal.valueOf(30), null, NATIONAL_DIBAO);
		// --- elderly (issue #17): 高龄补贴 80–89 100 元 (低保/特困 150 元), 90–99 200 元, 100+ 500 元, from the
		// birthday month; 居家养老 monthly hours by ability level, 低偿 co-pay 30%, one in five orders followed up ---
		row(StandardParameter.AGE_ALLOWANCE_START_RULE, null,
				cn.street.civil.standard.AgeAllowanceStartRule.BIRTHDAY_MONTH, LOCAL);
		row(StandardParameter.AGE_ALLOWANCE_AMOUNT, "AGE_80", START, null, new BigDecimal("100.00"), null, LOCAL);
		row(StandardParameter.AGE_ALLOWANCE_AMOUNT, "AGE_80_ASSISTED", START, null, new BigDecimal("150.00"), null, LOCAL);
		row(StandardParameter.AGE_ALLOWANCE_AMOUNT, "AGE_90", START, null, new BigDecimal("200.00"), null, LOCAL);
		row(StandardParameter.AGE_ALLOWANCE_AMOUNT, "AGE_100", START, null, new BigDecimal("500.00"), null, LOCAL);
		String[] levels = { "ABILITY_INTACT", "ABILITY_MILD", "ABILITY_MODERATE", "ABILITY_SEVERE", "ABILITY_TOTAL" };
		int[] hours = { 4, 8, 12, 20, 30 };
		for (int i = 0; i < levels.length; i++) {
			row(StandardParameter.HOME_CARE_QUOTA_HOURS, levels[i], START, null, BigDecimal.valueOf(hours[i]), null, LOCAL);
		}
		row(StandardParameter.HOME_CARE_COPAY_SHARE, null, START, null, new BigDecimal("0.3"), null, LOCAL);
		row(StandardParameter.HOME_CARE_FOLLOW_UP_SHARE, null, START, null, new BigDecimal("0.2"), null, LOCAL);
		demoDisabilityAndCare();
	}

	// ---- 残疾人两项补贴 and 优抚 (modules disability, care): made-up local figures, from January 2025; the 优抚
	// ---- tables change on 1 August as the national ones do (2025-08 and 2026-08)
	private void demoDisabilityAndCare() {
		String disability = "济残联发〔2024〕9号";
		row(StandardParameter.DISABILITY_LIVING_SCOPE, null, cn.street.civil.standard.DisabilityLivingScope.DIBAO_ONLY,
				disability);
		row(StandardParameter.DISABILITY_LIVING_AMOUNT, "LIVING_DIBAO", START, null, new BigDecimal("120.00"), null,
				disability);
		row(StandardParameter.DISABILITY_LIVING_AMOUNT, "LIVING_EDGE", START, null, new BigDecimal("80.00"), null,
				disability);
		row(StandardParameter.DISABILITY_NURSING_SCOPE, null,
				cn.street.civil.standard.DisabilityNursingScope.GRADES_1_2_AND_MENTAL_3, disability);
		row(StandardParameter.DISABILITY_NURSING_AMOUNT, "NURSING_GRADE_1", START, null, new BigDecimal("150.00"), null,
				disability);
		row(StandardParameter.DISABILITY_NURSING_AMOUNT, "NURSING_GRADE_2", START, null, new BigDecimal("100.00"), null,
				disability);
		row(StandardParameter.DISABILITY_NURSING_AMOUNT, "NURSING_GRADE_3", START, null, new BigDecimal("80.00"), null,
				disability);
		row(StandardParameter.DISABILITY_NURSING_OVERLAP, null, cn.street.civil.standard.DisabilityOverlapRule.HIGHER_ONLY,
				disability);
		// 残疾抚恤金 (元/月) by grade, 因战; 因公 95%, 因病 90% of it, to the 元; raised 5% from each 1 August
		LocalDate august2025 = LocalDate.of(2025, 8, 1);
		LocalDate august2026 = LocalDate.of(2026, 8, 1);
		int[] war = { 8520, 7720, 6890, 5990, 4790, 3770, 2860, 1920, 1530, 960 };
		for (int grade = 1; grade <= 10; grade++) {
			for (String nature : new String[] { "WAR", "DUTY", "ILLNESS" }) {
				if (nature.equals("ILLNESS") && grade > 6) {
					continue;
				}
				BigDecimal share = switch (nature) {
					case "WAR" -> BigDecimal.ONE;
					case "DUTY" -> new BigDecimal("0.95");
					default -> new BigDecimal("0.90");
				};
				BigDecimal first = BigDecimal.valueOf(war[grade - 1]).multiply(share)
					.setScale(0, java.math.RoundingMode.HALF_UP);
				BigDecimal second = first.multiply(new BigDecimal("1.05")).setScale(0, java.math.RoundingMode.HALF_UP);
				String code = "G" + grade + "_" + nature;
				row(StandardParameter.CARE_DISABILITY_PENSION, code, august2025, august2026, first.setScale(2), null,
						"退役军人部发〔2025〕30号");
				row(StandardParameter.CARE_DISABILITY_PENSION, code, august2026, null, second.setScale(2), null,
						"退役军人部发〔2026〕28号");
			}
		}
		String[][] monthly = { { "MARTYR_FAMILY", "2650" }, { "DUTY_DEATH_FAMILY", "2320" },
				{ "ILLNESS_DEATH_FAMILY", "2200" }, { "DEMOBILISED", "1980" }, { "ILL_RETURNED", "1050" },
				{ "WAR_PARTICIPANT", "860" }, { "RURAL_VETERAN", "40" } };
		for (String[] m : monthly) {
			BigDecimal first = new BigDecimal(m[1]);
			row(StandardParameter.CARE_MONTHLY_AMOUNT, m[0], august2025, august2026, first.setScale(2), null,
					"退役军人部发〔2025〕30号");
			row(StandardParameter.CARE_MONTHLY_AMOUNT, m[0], august2026, null,
					first.multiply(new BigDecimal("1.05")).setScale(0, java.math.RoundingMode.HALF_UP).setScale(2), null,
					"退役军人部发〔2026〕28号");
		}
		row(StandardParameter.CARE_CONSCRIPT_GRANT, null, START, null, new BigDecimal("24000.00"), null,
				"济政办发〔2024〕12号");
		row(StandardParameter.CARE_CONSCRIPT_MONTH, null, START, null, BigDecimal.valueOf(9), null, "济政办发〔2024〕12号");
	}

	private void row(StandardParameter parameter, String dimension, Enum<?> choice, String note) {
		row(parameter, dimension, START, null, null, choice.name(), note);
	}

	private void row(StandardParameter parameter, String dimension, LocalDate from, LocalDate to, BigDecimal number,
			String choice, String note) {
		OffsetDateTime proposed = from.minusDays(25).atTime(LocalTime.of(9, 30)).atZone(OFFICE_ZONE).toOffsetDateTime();
		OffsetDateTime approved = from.minusDays(20).atTime(LocalTime.of(15, 0)).atZone(OFFICE_ZONE).toOffsetDateTime();
		jdbc.sql("""
				insert into standard_value (parameter, value_kind, dimension, valid_from, valid_to, money, ratio,
				    whole_number, choice, note, status, proposed_by_name, decided_by, decided_by_name, decided_at,
				    created_at, created_by, updated_at, updated_by)
				values (:parameter, :kind, :dimension, :from, :to, :money, :ratio, :whole, :choice, :note, 'APPROVED',
				    '刘经办', 'chief', '王科长', :approved, :proposed, 'jiedao', :approved, 'chief')
				""")
			.param("parameter", parameter.name())
			.param("kind", parameter.kind().name())
			.param("dimension", dimension)
			.param("from", from)
			.param("to", to)
			.param("money", parameter.kind() == ValueKind.MONEY ? number : null)
			.param("ratio", parameter.kind() == ValueKind.RATIO ? number : null)
			.param("whole", parameter.kind() == ValueKind.INTEGER ? number.intValueExact() : null)
			.param("choice", choice)
			.param("note", note)
			.param("approved", approved)
			.param("proposed", proposed)
			.update();
	}

}
