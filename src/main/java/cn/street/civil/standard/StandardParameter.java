package cn.street.civil.standard;

import java.util.Arrays;
import java.util.List;

/**
 * A policy parameter that is configured as dated rows (DOMAIN.md §10), never a constant. Labels, units and
 * hints are in {@code messages/standard.properties} ({@code standard.parameter.<CODE>}). A programme adds a
 * parameter by adding a constant here and, in its own migration, a row to {@code standard_parameter}.
 */
public enum StandardParameter {

	/** 低保标准 S, 元/人·月, per 城乡. */
	DIBAO_STANDARD(Group.DIBAO, ValueKind.MONEY, StandardDimension.URBAN_RURAL),
	/** Rounding of the 补差 amount. */
	DIBAO_ROUNDING(Group.DIBAO, RoundingRule.class),
	/** 计发方式. */
	DIBAO_PAYMENT_METHOD(Group.DIBAO, PaymentMethod.class),
	/** 单人保: how the amount is set. */
	SINGLE_PERSON_RULE(Group.DIBAO, SinglePersonRule.class),
	/** 单人保 定额 (when {@link SinglePersonRule#FIXED_AMOUNT}), per 城乡. */
	SINGLE_PERSON_AMOUNT(Group.DIBAO, ValueKind.MONEY, StandardDimension.URBAN_RURAL),
	/** 低保边缘家庭: income below this multiple of S. */
	EDGE_INCOME_MULTIPLIER(Group.DIBAO, ValueKind.RATIO, StandardDimension.NONE),
	/** 分类施保: how the add-on of a condition is set ({@link AddOnRule}), per condition. */
	ADDON_RULE(Group.DIBAO, AddOnRule.class, StandardDimension.ADDON_CONDITION),
	/** 分类施保 定额, 元/人·月, per condition (when {@link AddOnRule#FIXED_AMOUNT}). */
	ADDON_AMOUNT(Group.DIBAO, ValueKind.MONEY, StandardDimension.ADDON_CONDITION),
	/** 分类施保 as a share of S (0.1 = 10%), per condition (when {@link AddOnRule#SHARE_OF_STANDARD}). */
	ADDON_SHARE(Group.DIBAO, ValueKind.RATIO, StandardDimension.ADDON_CONDITION),
	/** 分类施保: the age from which a covered person counts as 老年人 (年满, in the month). */
	ADDON_ELDERLY_AGE(Group.DIBAO, ValueKind.INTEGER, StandardDimension.NONE),
	/** 渐退期, months. */
	PHASE_OUT_MONTHS(Group.DIBAO, ValueKind.INTEGER, StandardDimension.NONE),
	/** 渐退: upper end of the income band, as a multiple of S (the lower end is S). */
	PHASE_OUT_BAND_MULTIPLIER(Group.DIBAO, ValueKind.RATIO, StandardDimension.NONE),
	/** 特困 基本生活标准: multiple of S or fixed, per 集中/分散. */
	TEKUN_BASIC_RULE(Group.TEKUN, TekunBasicRule.class, StandardDimension.SUPPORT_FORM),
	/** 特困 基本生活标准 as a multiple of S (≥ 1.3 commonly), per 集中/分散. */
	TEKUN_BASIC_RATIO(Group.TEKUN, ValueKind.RATIO, StandardDimension.SUPPORT_FORM),
	/** 特困 基本生活标准 as a fixed amount, 元/人·月, per 集中/分散. */
	TEKUN_BASIC_AMOUNT(Group.TEKUN, ValueKind.MONEY, StandardDimension.SUPPORT_FORM),
	/** 特困 照料护理标准, 元/人·月, per care tier. */
	TEKUN_CARE_AMOUNT(Group.TEKUN, ValueKind.MONEY, StandardDimension.CARE_TIER),
	/** 公示 days. */
	PUBLICITY_DAYS(Group.PROCEDURE, ValueKind.INTEGER, StandardDimension.NONE),
	/** 民主评议. */
	COMMUNITY_REVIEW_MODE(Group.PROCEDURE, CommunityReviewMode.class),
	/** 定期核查 interval in months, per review class. */
	REVIEW_INTERVAL_MONTHS(Group.PROCEDURE, ValueKind.INTEGER, StandardDimension.REVIEW_CLASS),
	/** 审核确认 within this many working days after the 公示. */
	CONFIRMATION_DEADLINE_DAYS(Group.PROCEDURE, ValueKind.INTEGER, StandardDimension.NONE),
	/** 不予确认: written notice within this many working days. */
	REJECTION_NOTICE_DAYS(Group.PROCEDURE, ValueKind.INTEGER, StandardDimension.NONE),
	/** Overall time limit of an application, working days. */
	TOTAL_DEADLINE_DAYS(Group.PROCEDURE, ValueKind.INTEGER, StandardDimension.NONE),

	// ---- 优抚 (module care) and 残疾人两项补贴 (module disability); labels in messages/care.properties and
	// ---- messages/disability.properties, rows of standard_parameter in V202612031800 / V202612031810
	/** 残疾军人 残疾抚恤金, 元/人·月, per 等级 × 性质 (因战 / 因公 / 因病). */
	CARE_DISABILITY_PENSION(Group.CARE, ValueKind.MONEY, StandardDimension.CARE_DISABILITY),
	/** 定期抚恤金 / 定期生活补助, 元/人·月, per 优抚对象类别 (all but 残疾军人 and 现役军人家属). */
	CARE_MONTHLY_AMOUNT(Group.CARE, ValueKind.MONEY, StandardDimension.CARE_CATEGORY),
	/** 义务兵家庭优待金, 元/户·年, paid once a year. */
	CARE_CONSCRIPT_GRANT(Group.CARE, ValueKind.MONEY, StandardDimension.NONE),
	/** The month (1–12) in which 义务兵家庭优待金 is paid. */
	CARE_CONSCRIPT_MONTH(Group.CARE, ValueKind.INTEGER, StandardDimension.NONE),
	/** 困难残疾人生活补贴: who is covered (低保家庭, or also 低保边缘家庭). */
	DISABILITY_LIVING_SCOPE(Group.DISABILITY, DisabilityLivingScope.class),
	/** 困难残疾人生活补贴, 元/人·月, per household group (低保 / 低保边缘). */
	DISABILITY_LIVING_AMOUNT(Group.DISABILITY, ValueKind.MONEY, StandardDimension.DISABILITY_LIVING_GROUP),
	/** 重度残疾人护理补贴: who is covered (一、二级, or also 三级智力/精神). */
	DISABILITY_NURSING_SCOPE(Group.DISABILITY, DisabilityNursingScope.class),
	/** 重度残疾人护理补贴, 元/人·月, per grade. */
	DISABILITY_NURSING_AMOUNT(Group.DISABILITY, ValueKind.MONEY, StandardDimension.DISABILITY_NURSING_GRADE),
	/** 护理补贴 and the 特困 照料护理费 of the same person: both, or 就高不重复. */
	DISABILITY_NURSING_OVERLAP(Group.DISABILITY, DisabilityOverlapRule.class),

	// --- elderly (issue #17): 高龄补贴 and 居家养老服务; rows in V202612031900__elderly_create.sql ---
	/** 高龄补贴 per month, per age tier (80–89, 80–89 低保/特困, 90–99, 100+). */
	AGE_ALLOWANCE_AMOUNT(Group.ELDERLY, ValueKind.MONEY, StandardDimension.AGE_TIER),
	/** 高龄补贴: from the month of the birthday or the month after. */
	AGE_ALLOWANCE_START_RULE(Group.ELDERLY, AgeAllowanceStartRule.class),
	/** 居家养老服务 monthly quota in hours, per ability level (老年人能力评估). */
	HOME_CARE_QUOTA_HOURS(Group.ELDERLY, ValueKind.INTEGER, StandardDimension.ABILITY_LEVEL),
	/** 居家养老服务 低偿: the elder's share of the price (0.3 = 30%). */
	HOME_CARE_COPAY_SHARE(Group.ELDERLY, ValueKind.RATIO, StandardDimension.NONE),
	/** 居家养老服务 回访: the share of confirmed orders sampled for a follow-up call (0.2 = one in five). */
	HOME_CARE_FOLLOW_UP_SHARE(Group.ELDERLY, ValueKind.RATIO, StandardDimension.NONE);

	/** Where a parameter is listed on the page. */
	public enum Group {

		DIBAO, TEKUN, PROCEDURE,
		// 优抚 and 残疾人 (modules care, disability)
		CARE, DISABILITY,
		// elderly (issue #17)
		ELDERLY

	}

	private final Group group;

	private final ValueKind kind;

	private final StandardDimension dimension;

	private final Class<? extends Enum<?>> choiceType;

	StandardParameter(Group group, ValueKind kind, StandardDimension dimension) {
		this(group, kind, dimension, null);
	}

	StandardParameter(Group group, Class<? extends Enum<?>> choiceType) {
		this(group, ValueKind.CHOICE, StandardDimension.NONE, choiceType);
	}

	StandardParameter(Group group, Class<? extends Enum<?>> choiceType, StandardDimension dimension) {
		this(group, ValueKind.CHOICE, dimension, choiceType);
	}

	StandardParameter(Group group, ValueKind kind, StandardDimension dimension, Class<? extends Enum<?>> choiceType) {
		this.group = group;
		this.kind = kind;
		this.dimension = dimension;
		this.choiceType = choiceType;
	}

	public Group group() {
		return group;
	}

	public ValueKind kind() {
		return kind;
	}

	public StandardDimension dimension() {
		return dimension;
	}

	/** The enum whose constants a {@link ValueKind#CHOICE} parameter takes; null for other kinds. */
	public Class<? extends Enum<?>> choiceType() {
		return choiceType;
	}

	/** The codes a {@link ValueKind#CHOICE} parameter takes, in declaration order; empty for other kinds. */
	public List<String> choices() {
		return choiceType == null ? List.of()
				: Arrays.stream(choiceType.getEnumConstants()).map(Enum::name).toList();
	}

}
