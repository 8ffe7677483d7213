package cn.street.civil.household.spi;

import java.util.Optional;

import cn.street.civil.shared.security.CurrentUser;

/** A programme's section on the household page; as {@link PersonPageSection}, for a household. */
public interface HouseholdPageSection {

	Optional<PageSection> forHousehold(long householdId, CurrentUser viewer);

}
