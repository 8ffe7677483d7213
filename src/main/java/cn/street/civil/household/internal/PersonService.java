package cn.street.civil.household.internal;

import java.util.Objects;

import cn.street.civil.household.IdNumberCorrected;
import cn.street.civil.shared.audit.Changes;
import cn.street.civil.shared.persistence.OptimisticLock;
import cn.street.civil.shared.privacy.Masking;
import cn.street.civil.shared.security.CurrentUser;
import cn.street.civil.shared.security.Roles;
import cn.street.civil.shared.web.BusinessRuleException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** 修改人员信息, including a corrected 身份证号; recorded on the person's (last) household. */
@Service
@Transactional
@PreAuthorize(Roles.CASE_WRITE)
public class PersonService {

	private final HouseholdService households;

	private final HouseholdRepository householdRepository;

	private final MembershipRepository memberships;

	private final Persons registry;

	private final HouseholdHistory history;

	private final ApplicationEventPublisher events;

	PersonService(HouseholdService households, HouseholdRepository householdRepository,
			MembershipRepository memberships, Persons registry, HouseholdHistory history,
			ApplicationEventPublisher events) {
		this.events = events;
		this.households = households;
		this.householdRepository = householdRepository;
		this.memberships = memberships;
		this.registry = registry;
		this.history = history;
	}

	public void update(long personId, PersonForm form, CurrentUser user) {
		Person person = households.person(personId, user);
		OptimisticLock.check(person, form.version() == null ? -1 : form.version(), personId);
		PersonDetails before = person.details();
		PersonDetails after = form.details(before.phone());
		Changes changes = new Changes().field("姓名", before.name(), form.name())
			.field("民族", before.ethnicity(), form.ethnicity())
			.field("婚姻状况", history.label("marital", before.maritalStatus()),
					history.label("marital", form.maritalStatus()))
			.field("就业状况", history.label("employment", before.employment()),
					history.label("employment", form.employment()))
			.field("健康状况", before.healthNotes(), form.healthNotes());
		if (!Objects.equals(before.phone(), after.phone())) {
			changes.changed("电话", Masking.phone(before.phone()), Masking.phone(after.phone()));
		}
		boolean corrected = false;
		if (form.idNumber() != null && !form.idNumber().isBlank()) {
			var idNumber = registry.parse(form.idNumber(), "idNumber");
			if (!registry.blindIndex(idNumber).equals(person.getIdNoHash())) {
				registry.checkUnique(idNumber, personId, "idNumber");
				String oldMasked = person.getMaskedIdNumber();
				person.setIdNumber(idNumber, registry.protector());
				changes.changed("身份证号（更正）", oldMasked, idNumber.masked());
				corrected = true;
			}
		}
		person.update(after);
		if (corrected) {
			Household household = householdOf(person);
			events.publishEvent(new IdNumberCorrected(personId, household.getId(), household.getCommunityId(),
					history.today()));
		}
		if (!changes.isEmpty()) {
			history.record(householdOf(person), personId, HouseholdEventType.MEMBER_UPDATED, history.today(),
					form.reason(), "修改人员信息 " + person.getName(), changes.toString());
		}
	}

	private Household householdOf(Person person) {
		return memberships.findCurrentOf(person.getId())
			.flatMap(m -> householdRepository.findById(m.getHouseholdId()))
			.or(() -> householdRepository.findLastOf(person.getId()))
			.orElseThrow(() -> new BusinessRuleException("household.not-found"));
	}

}
