package cn.street.civil.standard;

import java.util.List;

/**
 * What a parameter's value may depend on besides the month: its dimension and the codes it takes. A caller
 * passes the code as the {@code dimension} of {@link Standards#valueFor}; a parameter of {@link #NONE} takes
 * {@code null}.
 */
public enum StandardDimension {

	/** One value for everyone. */
	NONE(),
	/** 城镇 / 农村, by the household's 户籍类别 (household {@code ResidenceType} has the same codes). */
	URBAN_RURAL("URBAN", "RURAL"),
	/** 特困 集中供养 / 分散供养. */
	SUPPORT_FORM("CENTRALISED", "DISPERSED"),
	/** 特困 care tier by 生活自理能力: 全自理 / 半自理 / 全护理. */
	CARE_TIER("SELF_CARE", "PARTIAL_CARE", "FULL_CARE"),
	/** 定期核查 class of a case (A 变化不大, B 收入不固定, C 按季度核查). */
	REVIEW_CLASS("A", "B", "C"),
	/** 分类施保 condition of a covered person: 老年人, 未成年人, 重度残疾人, 重病患者. */
	ADDON_CONDITION("ELDERLY", "MINOR", "SEVERE_DISABILITY", "SERIOUS_ILLNESS"),

	// ---- 优抚 (module care) and 残疾人 (module disability); labels in their bundles
	/** 残疾军人: 残疾等级 一级–十级 × 性质 因战 / 因公 / 因病 (因病 only 一级–六级). */
	CARE_DISABILITY(careDisabilityCodes()),
	/** 优抚对象类别 paid a 定期抚恤金 or 定期生活补助. */
	CARE_CATEGORY("MARTYR_FAMILY", "DUTY_DEATH_FAMILY", "ILLNESS_DEATH_FAMILY", "DEMOBILISED", "ILL_RETURNED",
			"WAR_PARTICIPANT", "RURAL_VETERAN"),
	/** 困难残疾人生活补贴: the household's group. */
	DISABILITY_LIVING_GROUP("LIVING_DIBAO", "LIVING_EDGE"),
	/** 重度残疾人护理补贴: 一级, 二级, 三级 (智力、精神). */
	DISABILITY_NURSING_GRADE("NURSING_GRADE_1", "NURSING_GRADE_2", "NURSING_GRADE_3"),

	// --- elderly (issue #17) ---
	/** 高龄补贴 tier: 80–89, 80–89 of a 低保/特困 person, 90–99, 100 and over. */
	AGE_TIER("AGE_80", "AGE_80_ASSISTED", "AGE_90", "AGE_100"),
	/** 老年人能力等级 (GB/T 42195-2022): 能力完好, 轻度, 中度, 重度失能, 完全失能. */
	ABILITY_LEVEL("ABILITY_INTACT", "ABILITY_MILD", "ABILITY_MODERATE", "ABILITY_SEVERE", "ABILITY_TOTAL");

	/** G1_WAR … G10_DUTY, G1_ILLNESS … G6_ILLNESS: grade × nature of a 残疾军人. */
	private static String[] careDisabilityCodes() {
		List<String> codes = new java.util.ArrayList<>();
		for (int grade = 1; grade <= 10; grade++) {
			codes.add("G" + grade + "_WAR");
			codes.add("G" + grade + "_DUTY");
			if (grade <= 6) {
				codes.add("G" + grade + "_ILLNESS");
			}
		}
		return codes.toArray(String[]::new);
	}

	private final List<String> codes;

	StandardDimension(String... codes) {
		this.codes = List.of(codes);
	}

	/** The codes in display order; empty for {@link #NONE}. */
	public List<String> codes() {
		return codes;
	}

	/** Whether {@code dimension} is a valid dimension here ({@code null} exactly for {@link #NONE}). */
	public boolean accepts(String dimension) {
		return this == NONE ? dimension == null : dimension != null && codes.contains(dimension);
	}

}
