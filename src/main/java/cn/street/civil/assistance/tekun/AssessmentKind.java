package cn.street.civil.assistance.tekun;

/** Why an assessment was made: the recognition's investigation (also the re-investigation), or a 年审. */
public enum AssessmentKind {

	INVESTIGATION, YEARLY_REVIEW

}
