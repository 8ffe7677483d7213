/**
 * 优抚: care recipients (优抚对象) with category, certificate and, for 残疾军人, grade and nature; the monthly
 * entitlement from the dated standards (残疾抚恤金 by grade × nature, 定期抚恤金 / 定期生活补助 by category, the
 * yearly 义务兵家庭优待金 in its month) paid through {@code payout :: spi} (code {@code CARE}); a recipient's death
 * (the registry's {@link cn.street.civil.household.PersonDeceased}) stops it from the next month and puts the
 * 丧葬补助 on the caseworkers' to-do list. 光荣牌: the qualifying households, hung and replaced (on the household
 * page). 两节走访慰问: campaigns opened by the chief, their list generated from the care categories plus needy
 * households hand-picked from the assistance module's {@code assistance_payment_period} /
 * {@code assistance_case_person} and the disability module's {@code disability_holder}, visits recorded per
 * community, a printed sign-off sheet; the cash is paid through {@code payout :: spi} (code
 * {@code CARE_VISIT_CASH}). Records are visible only to the roles configured in {@code civil.care.read-roles} /
 * {@code civil.care.write-roles}; campaigns are managed by {@code civil.care.campaign-roles}.
 * <p>
 * Reads the registry through {@link cn.street.civil.household.HouseholdDirectory}, its SQL views and its events;
 * everything lives in {@code internal}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "优抚",
		allowedDependencies = { "shared", "community", "household", "household :: spi", "standard", "payout :: spi" })
package cn.street.civil.care;
