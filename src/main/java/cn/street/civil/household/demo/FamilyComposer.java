package cn.street.civil.household.demo;

import java.time.LocalDate;

import cn.street.civil.household.Relation;
import cn.street.civil.household.internal.MaritalStatus;
import cn.street.civil.shared.idcard.Sex;

/**
 * Family structures of the demo street by {@link FamilyKind}: who lives with the head, everybody's age (giving
 * the pyramid of an old urban street), surname and marital status.
 */
final class FamilyComposer {

	private static final FamilyKind[] KINDS = FamilyKind.values();

	private static final double[] KIND_WEIGHTS = FamilyKind.weights();

	private final DemoRandom random;

	private final LocalDate today;

	private final ChineseNames names;

	FamilyComposer(DemoRandom random, LocalDate today, ChineseNames names) {
		this.random = random;
		this.today = today;
		this.names = names;
	}

	/** A kind of household, as common as in the street. */
	FamilyKind kind() {
		return KINDS[random.index(KIND_WEIGHTS)];
	}

	/** Adds the members of that kind of household, head first, with sex, birth date, surname, marital status. */
	void compose(FamilyDraft family, FamilyKind kind, String ethnicity) {
		PersonDraft head = head(kind);
		head.surname = names.surname(ethnicity);
		family.members.add(head);
		addRelatives(family, kind, ethnicity);
	}

	/** The head: sex and age by kind, which is what shapes the street's age pyramid. */
	private PersonDraft head(FamilyKind kind) {
		return switch (kind) {
			case SINGLE_ELDERLY -> person(Relation.HEAD, random.nextInt(10) < 7 ? Sex.FEMALE : Sex.MALE, elderlyAge(65));
			case SINGLE_ADULT -> person(Relation.HEAD, random.sex(0.6), random.skewLow(20, 64));
			case ELDERLY_COUPLE -> person(Relation.HEAD, Sex.MALE, random.skewLow(62, 92));
			case COUPLE -> person(Relation.HEAD, random.sex(0.8),
					random.chance(0.7) ? random.between(45, 62) : random.between(24, 40));
			case COUPLE_CHILD -> person(Relation.HEAD, random.sex(0.8), random.between(32, 62));
			case COUPLE_TWO_CHILDREN -> person(Relation.HEAD, random.sex(0.8), random.between(32, 58));
			case SINGLE_PARENT -> person(Relation.HEAD, random.sex(0.3), random.between(30, 66));
			case THREE_GENERATIONS_UP -> person(Relation.HEAD, random.sex(0.75), random.between(30, 56));
			case THREE_GENERATIONS_DOWN -> person(Relation.HEAD, random.sex(0.8), random.between(50, 72));
			case ADULT_WITH_PARENT -> person(Relation.HEAD, random.sex(0.55), random.between(26, 62));
		};
	}

	/** Spouse, children, parents or grandchildren by kind; the head's marital status when single. */
	private void addRelatives(FamilyDraft family, FamilyKind kind, String ethnicity) {
		PersonDraft head = family.head();
		switch (kind) {
			case SINGLE_ELDERLY -> head.maritalStatus = pickMarital(0.8, 0.12);
			case SINGLE_ADULT -> head.maritalStatus = age(head) < 35 ? (random.chance(0.85) ? MaritalStatus.UNMARRIED
					: MaritalStatus.DIVORCED) : pickMarital(0.15, 0.5);
			case ELDERLY_COUPLE, COUPLE -> addSpouse(family, ethnicity);
			case COUPLE_CHILD -> {
				addSpouse(family, ethnicity);
				addChild(family, gapBelow(head), ethnicity);
			}
			case COUPLE_TWO_CHILDREN -> {
				addSpouse(family, ethnicity);
				int first = Math.min(age(head), random.between(20, 30));
				addChild(family, first, ethnicity);
				addChild(family, Math.min(age(head), first + random.between(1, Math.min(10, 35 - first))), ethnicity);
			}
			case SINGLE_PARENT -> {
				head.maritalStatus = random.chance(age(head) > 50 ? 0.5 : 0.25) ? MaritalStatus.WIDOWED
						: MaritalStatus.DIVORCED;
				addChild(family, gapBelow(head), ethnicity);
			}
			case THREE_GENERATIONS_UP -> {
				addSpouse(family, ethnicity);
				int gap = gapBelow(head);
				addChild(family, gap, ethnicity);
				if (random.chance(0.3) && gap < 35) {
					addChild(family, Math.min(age(head), gap + random.between(1, Math.min(8, 35 - gap))), ethnicity);
				}
				addParents(family, random.chance(0.35) ? 2 : 1, ethnicity);
			}
			case THREE_GENERATIONS_DOWN -> {
				if (random.chance(0.8)) {
					addSpouse(family, ethnicity);
				}
				else {
					head.maritalStatus = MaritalStatus.WIDOWED;
				}
				addGenerationBelow(family, ethnicity);
			}
			case ADULT_WITH_PARENT -> {
				head.maritalStatus = random.chance(0.6) ? MaritalStatus.UNMARRIED : MaritalStatus.DIVORCED;
				addParents(family, random.chance(0.2) ? 2 : 1, ethnicity);
			}
		}
	}

	private void addSpouse(FamilyDraft family, String ethnicity) {
		PersonDraft head = family.head();
		int age = head.sex == Sex.MALE ? age(head) - random.skewLow(-1, 7) : age(head) + random.skewLow(-1, 7);
		PersonDraft spouse = person(Relation.SPOUSE, opposite(head.sex), Math.max(20, Math.min(age, 103)));
		spouse.surname = names.surname(ethnicity);
		head.maritalStatus = MaritalStatus.MARRIED;
		spouse.maritalStatus = MaritalStatus.MARRIED;
		family.members.add(spouse);
	}

	/** Children 20–35 years younger than the head (never born in the future). */
	private void addChild(FamilyDraft family, int yearsYounger, String ethnicity) {
		PersonDraft head = family.head();
		PersonDraft child = person(Relation.CHILD, random.sex(0.52), Math.max(0, age(head) - yearsYounger));
		child.surname = fatherSurname(family, ethnicity);
		int age = age(child);
		child.maritalStatus = age < 28 ? MaritalStatus.UNMARRIED
				: random.chance(0.7) ? MaritalStatus.UNMARRIED
						: random.chance(0.5) ? MaritalStatus.DIVORCED : MaritalStatus.MARRIED;
		family.members.add(child);
	}

	/** One or both parents of the head, 20–35 years older (a few past 100). */
	private void addParents(FamilyDraft family, int count, String ethnicity) {
		PersonDraft head = family.head();
		int motherAge = Math.min(age(head) + random.between(20, 35), 99);
		if (motherAge >= 85 && random.chance(0.015)) {
			motherAge = random.between(100, 104);
		}
		boolean both = count == 2;
		if (both || random.chance(0.3)) {
			PersonDraft father = person(Relation.PARENT, Sex.MALE,
					Math.min(motherAge + random.skewLow(-1, 6), both ? 99 : 103));
			father.surname = head.surname;
			father.maritalStatus = both ? MaritalStatus.MARRIED : MaritalStatus.WIDOWED;
			family.members.add(father);
		}
		if (both || family.members.stream().noneMatch(p -> p.relation == Relation.PARENT)) {
			PersonDraft mother = person(Relation.PARENT, Sex.FEMALE, motherAge);
			mother.surname = names.surname(ethnicity);
			mother.maritalStatus = both ? MaritalStatus.MARRIED : MaritalStatus.WIDOWED;
			family.members.add(mother);
		}
	}

	/** An elderly head's married child with its spouse and one or two grandchildren. */
	private void addGenerationBelow(FamilyDraft family, String ethnicity) {
		PersonDraft head = family.head();
		PersonDraft child = person(Relation.CHILD, random.sex(0.6), Math.max(22, age(head) - random.between(22, 32)));
		child.surname = fatherSurname(family, ethnicity);
		child.maritalStatus = MaritalStatus.MARRIED;
		family.members.add(child);
		PersonDraft inLaw = person(Relation.CHILD_IN_LAW, opposite(child.sex),
				Math.max(20, age(child) + random.between(-4, 4)));
		inLaw.surname = names.surname(ethnicity);
		inLaw.maritalStatus = MaritalStatus.MARRIED;
		family.members.add(inLaw);
		String grandchildSurname = child.sex == Sex.MALE ? child.surname : inLaw.surname;
		int grandchildren = random.chance(0.3) ? 2 : 1;
		int parentAge = Math.min(age(child), age(inLaw));
		int gap = Math.min(parentAge, random.between(22, 34));
		for (int i = 0; i < grandchildren; i++) {
			PersonDraft grandchild = person(Relation.GRANDCHILD, random.sex(0.52),
					Math.max(0, parentAge - gap - i * random.between(2, 8)));
			grandchild.surname = grandchildSurname;
			grandchild.maritalStatus = MaritalStatus.UNMARRIED;
			family.members.add(grandchild);
		}
	}

	/** Somebody of that age today: the birthday anywhere in the year that gives it. */
	private PersonDraft person(Relation relation, Sex sex, int age) {
		PersonDraft p = new PersonDraft();
		p.relation = relation;
		p.sex = sex;
		LocalDate latest = today.minusYears(age);
		LocalDate earliest = today.minusYears(age + 1L).plusDays(1);
		p.birthDate = random.date(earliest, latest);
		return p;
	}

	/** Children take the father's surname: the head's, the spouse's, or one from outside the household. */
	private String fatherSurname(FamilyDraft family, String ethnicity) {
		PersonDraft head = family.head();
		if (head.sex == Sex.MALE) {
			return head.surname;
		}
		return family.members.stream()
			.filter(m -> m.relation == Relation.SPOUSE)
			.map(m -> m.surname)
			.findFirst()
			.orElseGet(() -> random.chance(0.7) ? names.surname(ethnicity) : head.surname);
	}

	private MaritalStatus pickMarital(double widowed, double divorced) {
		double r = random.nextDouble();
		return r < widowed ? MaritalStatus.WIDOWED : r < widowed + divorced ? MaritalStatus.DIVORCED
				: MaritalStatus.UNMARRIED;
	}

	/** 65+ living alone or a parent: most in their seventies, fewer the older, now and then past 100. */
	private int elderlyAge(int min) {
		if (random.chance(0.004)) {
			return random.between(100, 104);
		}
		return random.skewLow(min, 99);
	}

	private int gapBelow(PersonDraft parent) {
		return Math.min(age(parent), random.between(20, 35));
	}

	private int age(PersonDraft p) {
		return p.ageOn(today);
	}

	private static Sex opposite(Sex sex) {
		return sex == Sex.MALE ? Sex.FEMALE : Sex.MALE;
	}

}
