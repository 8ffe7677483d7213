/**
 * 社会救助: 低保, 特困, 低保边缘 — the assistance case from application to termination.
 * <p>
 * One case mechanism for every programme ({@code casework}): a case row with a {@code programme} column
 * (DIBAO, later TEKUN and EDGE), a server-side state machine whose every transition checks role, scope,
 * four eyes, state and the version the user saw, and writes the case's timeline and an audit row in the
 * same transaction. The programmes ({@code dibao}) add their own steps' data (investigation, amount).
 * <p>
 * Reads the registry only through {@link cn.street.civil.household.HouseholdDirectory}, its SQL views and its
 * events; shows itself on the person and household pages through {@code household :: spi}. Published for
 * other modules: {@link cn.street.civil.assistance.AssistanceEntitlements} (what a case pays for a month).
 * Its published SQL for set-based readers are the views {@code assistance_payment_period} (each case's paid periods)
 * and {@code assistance_case_person} (the persons a case covers), never the tables behind them.
 */
@org.springframework.modulith.ApplicationModule(displayName = "社会救助：低保、特困、低保边缘",
		allowedDependencies = { "shared", "community", "household", "household :: spi", "standard", "payout :: spi" })
package cn.street.civil.assistance;
