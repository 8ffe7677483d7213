package cn.street.civil.household.demo;

import java.time.LocalDate;

/**
 * Since when the members of a generated household are registered there: the head as an adult between 2000 and
 * 2024, the others with the head or some time later, nobody before birth or after today.
 */
final class RegistrationDates {

	private static final LocalDate REGISTRATION_FROM = LocalDate.of(2000, 1, 1);

	private static final LocalDate REGISTRATION_TO = LocalDate.of(2024, 12, 31);

	private final DemoRandom random;

	private final LocalDate today;

	RegistrationDates(DemoRandom random, LocalDate today) {
		this.random = random;
		this.today = today;
	}

	/** Sets every member's valid-from date, the head's first. */
	void assign(FamilyDraft family) {
		PersonDraft head = family.head();
		LocalDate latest = min(REGISTRATION_TO, today);
		head.validFrom = random.date(max(REGISTRATION_FROM, head.birthDate.plusYears(18)), latest);
		for (PersonDraft p : family.members) {
			if (p == head) {
				continue;
			}
			// joined with the head or some time later, but registered by the end of 2024 unless born since
			LocalDate from = switch (p.relation) {
				case SPOUSE -> random.chance(0.5) ? head.validFrom : head.validFrom.plusDays(random.nextInt(1, 3 * 365));
				case PARENT -> head.validFrom.plusDays(random.nextInt(0, 8 * 365));
				case CHILD_IN_LAW -> max(head.validFrom, p.birthDate.plusYears(22)).plusDays(random.nextInt(0, 2 * 365));
				default -> head.validFrom;
			};
			p.validFrom = min(max(min(from, max(latest, head.validFrom)), p.birthDate), today);
		}
	}

	private static LocalDate max(LocalDate a, LocalDate b) {
		return a.isAfter(b) ? a : b;
	}

	private static LocalDate min(LocalDate a, LocalDate b) {
		return a.isBefore(b) ? a : b;
	}

}
