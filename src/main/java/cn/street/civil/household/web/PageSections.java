package cn.street.civil.household.web;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import cn.street.civil.household.spi.HouseholdPageSection;
import cn.street.civil.household.spi.PageSection;
import cn.street.civil.household.spi.PersonPageSection;
import cn.street.civil.shared.security.CurrentUser;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/** Collects the programmes' sections for the person and household pages, in their order. */
@Component
class PageSections {

	private final ObjectProvider<PersonPageSection> personSections;

	private final ObjectProvider<HouseholdPageSection> householdSections;

	PageSections(ObjectProvider<PersonPageSection> personSections,
			ObjectProvider<HouseholdPageSection> householdSections) {
		this.personSections = personSections;
		this.householdSections = householdSections;
	}

	List<PageSection> forPerson(long personId, CurrentUser viewer) {
		return collect(personSections.orderedStream().toList(), s -> s.forPerson(personId, viewer));
	}

	List<PageSection> forHousehold(long householdId, CurrentUser viewer) {
		return collect(householdSections.orderedStream().toList(), s -> s.forHousehold(householdId, viewer));
	}

	private static <S> List<PageSection> collect(List<S> sources, Function<S, Optional<PageSection>> describe) {
		return sources.stream()
			.map(describe)
			.flatMap(Optional::stream)
			.sorted(Comparator.comparingInt(PageSection::order))
			.toList();
	}

}
