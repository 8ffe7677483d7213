package cn.street.civil.household.spi;

import java.util.Optional;

import cn.street.civil.shared.security.CurrentUser;

/**
 * A programme's section on the person page ("one person, one chain of aid"). Called with the viewer, who
 * can already see the person; the section applies its own scope and role rules and returns empty when it
 * has nothing to show this viewer (e.g. 优抚 records for a role not allowed to read them).
 */
public interface PersonPageSection {

	Optional<PageSection> forPerson(long personId, CurrentUser viewer);

}
