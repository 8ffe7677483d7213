package cn.street.civil.care.internal;

/**
 * Why a needy household is hand-picked for a holiday visit: in 低保 or 特困 this month (the assistance module's
 * {@code assistance_payment_period} / {@code assistance_case_person}), or a member holding a 残疾人证 (the disability
 * module's {@code disability_holder}). Labels {@code care.campaign.basis.<NAME>}.
 */
public enum NeedyBasis {

	DIBAO, TEKUN, DISABLED

}
