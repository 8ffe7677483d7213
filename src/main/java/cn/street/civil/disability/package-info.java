/**
 * 残疾人: the 第二代残疾人证 of a registered person (number checked against the person's 身份证号, category and grade
 * derived from it), the register with its lists and Excel export, employment and rehabilitation aids, and the two
 * subsidies of 国发〔2015〕52号 — 困难残疾人生活补贴 and 重度残疾人护理补贴 — whose eligibility is computed in SQL
 * from the certificate, the household's 低保 / 低保边缘 / 特困 state (the assistance module's view
 * {@code assistance_payment_period}, {@code assistance_case_person}) and the dated standards, and which are paid monthly through
 * {@code payout :: spi} (codes {@code DISABILITY_LIVING}, {@code DISABILITY_NURSING}).
 * <p>
 * Reads the registry through {@link cn.street.civil.household.HouseholdDirectory} and its SQL views only; shows
 * itself on the person page through {@code household :: spi}. Publishes the SQL view {@code disability_holder}
 * (valid certificates: person, category, grade) for set-based readers such as the 优抚 holiday visits; everything
 * else lives in {@code internal}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "残疾人",
		allowedDependencies = { "shared", "community", "household", "household :: spi", "standard", "payout :: spi" })
package cn.street.civil.disability;
