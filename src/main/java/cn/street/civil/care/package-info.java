/**
 * 优抚: care recipients (优抚对象) with category, certificate and, for 残疾军人, grade and nature; the monthly
 * entitlement from the dated standards (残疾抚恤金 by grade × nature, 定期抚恤金 / 定期生活补助 by category, the
 * yearly 义务兵家庭优待金 in its month) paid through {@code payout :: spi} (code {@code CARE}); a recipient's death
 * (the registry's {@link cn.street.civil.household.PersonDeceased}) stops it from the next month and puts the
 * 丧葬补助 on the caseworkers' to-do list. Records are visible only to the roles configured in
 * {@code civil.care.read-roles} / {@code civil.care.write-roles}.
 * <p>
 * Reads the registry through {@link cn.street.civil.household.HouseholdDirectory}, its SQL views and its events;
 * everything lives in {@code internal}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "优抚",
		allowedDependencies = { "shared", "community", "household", "household :: spi", "standard", "payout :: spi" })
package cn.street.civil.care;
