package cn.street.civil.assistance.tekun;

/**
 * 残疾类别 with the grades that mean 无劳动能力 (第五条（三）): 智力、精神 一至三级, 肢体 一、二级, 视力 一级; the
 * others never do on their own.
 */
public enum DisabilityCategory {

	VISUAL(1), HEARING(0), SPEECH(0), PHYSICAL(2), INTELLECTUAL(3), MENTAL(3), MULTIPLE(0);

	private final int worstQualifyingGrade;

	DisabilityCategory(int worstQualifyingGrade) {
		this.worstQualifyingGrade = worstQualifyingGrade;
	}

	/** Whether a disability of this category and grade (1 the most severe) means 无劳动能力. */
	public boolean incapable(int grade) {
		return grade >= 1 && grade <= worstQualifyingGrade;
	}

}
