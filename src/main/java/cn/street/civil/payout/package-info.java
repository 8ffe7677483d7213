/**
 * 月度发放: per programme and month, the roster generated in the database from each programme's
 * {@link cn.street.civil.payout.spi.PayoutProgramme} (INSERT … SELECT), compared with the month before, checked,
 * submitted, approved by the chief (never the preparer), then frozen; the bank file (代发文件) and the printable
 * 花名册; the bank's result imported; 补发 / 追回 as supplementary batches linked to the original; the 月报.
 * <p>
 * Knows no programme: programmes depend on {@code payout :: spi}, never the other way round. Reads the registry
 * through its SQL views and {@link cn.street.civil.household.HouseholdDirectory} (the audited reveal of full
 * numbers for the bank file).
 */
@org.springframework.modulith.ApplicationModule(displayName = "月度发放",
		allowedDependencies = { "shared", "community", "household" })
package cn.street.civil.payout;
