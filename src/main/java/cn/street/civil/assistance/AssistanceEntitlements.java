package cn.street.civil.assistance;

import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

import cn.street.civil.shared.security.DataScope;

/**
 * The assistance module's published read API for the monthly payout: which cases pay for a month and how
 * much. A case pays from its first paid month (the month after the confirmation) until the month of its
 * termination; cases outside the scope are not found.
 */
public interface AssistanceEntitlements {

	/** The case's entitlement for {@code month}, empty if it does not pay that month or is out of scope. */
	Optional<Entitlement> entitlement(long caseId, YearMonth month, DataScope scope);

	/** Every case in scope that pays for {@code month}. */
	List<Entitlement> entitlements(YearMonth month, DataScope scope);

}
