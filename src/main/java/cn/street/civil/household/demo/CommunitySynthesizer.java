package cn.street.civil.household.demo;

import cn.street.civil.household.ResidenceType;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import cn.street.civil.household.demo.GenerationPlan.CommunityTarget;

/**
 * The households of one generated community, in memory and without ids: reproducible from the seed and the
 * community, since every part draws from the same {@link DemoRandom} in the same order.
 */
final class CommunitySynthesizer {

	private final CommunityTarget target;

	private final DemoRandom random;

	private final DemoPeople people;

	private final FamilyComposer composer;

	private final RegistrationDates registrationDates;

	private final double ruralShare;

	private final DemoAddresses addresses;

	private final DemoBankAccounts bankAccounts;

	CommunitySynthesizer(CommunityTarget target, DemoRandom random, LocalDate today, IdNumberPool idNumbers) {
		this.target = target;
		this.random = random;
		ChineseNames names = new ChineseNames(random);
		this.people = new DemoPeople(random, today, idNumbers, names);
		this.composer = new FamilyComposer(random, today, names);
		this.registrationDates = new RegistrationDates(random, today);
		// the first draws of the community: its share of 农村 households, then its estates
		this.ruralShare = 0.03 + 0.09 * random.nextDouble();
		this.addresses = new DemoAddresses(target, random);
		this.bankAccounts = new DemoBankAccounts(random);
	}

	/** Households until the community has its residents (the last one cut to fit). */
	List<FamilyDraft> families() {
		List<FamilyDraft> families = new ArrayList<>(target.persons() / 2 + 1);
		int remaining = target.persons();
		while (remaining > 0) {
			FamilyDraft family = family();
			while (family.members.size() > remaining) {
				family.members.remove(family.members.size() - 1);
			}
			remaining -= family.members.size();
			families.add(family);
		}
		return families;
	}

	private FamilyDraft family() {
		FamilyDraft family = new FamilyDraft();
		family.residenceType = random.chance(ruralShare) ? ResidenceType.RURAL : ResidenceType.URBAN;
		String ethnicity = people.ethnicity();
		int area = people.areaCode();
		composer.compose(family, composer.kind(), ethnicity);
		complete(family, ethnicity, area);
		return family;
	}

	/** Names, numbers, jobs, dates, address, phone and bank once the people are known. */
	private void complete(FamilyDraft family, String ethnicity, int familyArea) {
		PersonDraft head = family.head();
		for (PersonDraft p : family.members) {
			people.complete(p, p == head, familyArea, ethnicity, family.residenceType);
		}
		registrationDates.assign(family);
		head.phone = people.phone(head);
		family.address = addresses.next(family.residenceType);
		bankAccounts.assign(family);
	}

}
