package cn.street.civil.household.internal;

import java.time.Clock;
import java.time.LocalDate;

import cn.street.civil.community.CommunityDirectory;
import cn.street.civil.community.CommunityRef;
import cn.street.civil.shared.crypto.SensitiveDataProtector;
import cn.street.civil.shared.idcard.IdCardNumber;
import cn.street.civil.shared.idcard.InvalidIdCardNumberException;
import cn.street.civil.shared.web.FieldRuleException;

import org.springframework.stereotype.Component;

/**
 * Registers persons: the 身份证号 is checked (GB 11643) and must be new to the whole system (one person,
 * one record), whatever community registered it first.
 */
@Component
public class Persons {

	private final PersonRepository persons;

	private final SensitiveDataProtector protector;

	private final CommunityDirectory communities;

	private final Clock clock;

	Persons(PersonRepository persons, SensitiveDataProtector protector, CommunityDirectory communities, Clock clock) {
		this.persons = persons;
		this.protector = protector;
		this.communities = communities;
		this.clock = clock;
	}

	/** Parses and checks a typed 身份证号; the field name is where an error is shown. */
	public IdCardNumber parse(String raw, String field) {
		try {
			return IdCardNumber.parse(raw, LocalDate.now(clock));
		}
		catch (InvalidIdCardNumberException ex) {
			throw new FieldRuleException(field, "person.id-number.invalid", ex.getMessage());
		}
	}

	/** Refuses a number that another person (other than {@code selfId}) already has. */
	void checkUnique(IdCardNumber idNumber, Long selfId, String field) {
		persons.findByIdNoHash(protector.blindIndex(idNumber.value()))
			.filter(existing -> !existing.getId().equals(selfId))
			.ifPresent(existing -> {
				String community = communities.byId(existing.getCommunityId()).map(CommunityRef::name).orElse("");
				throw new FieldRuleException(field, "person.id-number.taken", community);
			});
	}

	public Person register(String rawIdNumber, PersonDetails details, long communityId, String field) {
		IdCardNumber idNumber = parse(rawIdNumber, field);
		checkUnique(idNumber, null, field);
		return persons.save(new Person(idNumber, protector, details, communityId));
	}

	boolean exists(IdCardNumber idNumber) {
		return persons.findByIdNoHash(protector.blindIndex(idNumber.value())).isPresent();
	}

	public String blindIndex(IdCardNumber idNumber) {
		return protector.blindIndex(idNumber.value());
	}

	public SensitiveDataProtector protector() {
		return protector;
	}

}
