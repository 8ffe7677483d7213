package cn.street.civil.household.internal;

import java.time.LocalDate;
import java.util.Objects;

import cn.street.civil.community.CommunityDirectory;
import cn.street.civil.household.BankAccountChanged;
import cn.street.civil.community.CommunityRef;
import cn.street.civil.household.Relation;
import cn.street.civil.shared.audit.AuditRecord;
import cn.street.civil.shared.audit.Changes;
import cn.street.civil.shared.persistence.OptimisticLock;
import cn.street.civil.shared.privacy.Masking;
import cn.street.civil.shared.security.CurrentUser;
import cn.street.civil.shared.security.Roles;
import cn.street.civil.shared.web.FieldRuleException;
import cn.street.civil.shared.web.NotFoundException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Registering and editing households, and the audited reveal of full sensitive numbers. */
@Service
@Transactional
public class HouseholdService {

	private final HouseholdRepository households;

	private final PersonRepository persons;

	private final MembershipRepository memberships;

	private final Persons registry;

	private final CommunityDirectory communities;

	private final HouseholdHistory history;

	private final ApplicationEventPublisher events;

	private final HouseholdNumbers numbers;

	HouseholdService(HouseholdRepository households, PersonRepository persons, MembershipRepository memberships,
			Persons registry, CommunityDirectory communities, HouseholdHistory history,
			ApplicationEventPublisher events, HouseholdNumbers numbers) {
		this.households = households;
		this.persons = persons;
		this.memberships = memberships;
		this.registry = registry;
		this.communities = communities;
		this.history = history;
		this.events = events;
		this.numbers = numbers;
	}

	@PreAuthorize(Roles.CASE_READ)
	@Transactional(readOnly = true)
	public Household get(long id, CurrentUser user) {
		return households.findInScope(id, user.scope()).orElseThrow(() -> new NotFoundException("household", id));
	}

	@PreAuthorize(Roles.CASE_READ)
	@Transactional(readOnly = true)
	public Person person(long id, CurrentUser user) {
		return persons.findInScope(id, user.scope()).orElseThrow(() -> new NotFoundException("person", id));
	}

	/** 登记新户 with its head; returns the new household's id. */
	@PreAuthorize(Roles.CASE_WRITE)
	public long register(NewHouseholdForm form, CurrentUser user) {
		long communityId = communityFor(form.communityId(), user);
		String householdNo = numberFor(form.householdNo(), communityId);
		validateBank(form.bank());
		Person head = registry.register(form.headIdNumber(), form.head(), communityId, "headIdNumber");
		Household household = new Household(communityId, householdNo, form.details(), head.getId());
		household.setBankAccount(form.bank(), registry.protector());
		households.save(household);
		LocalDate today = history.today();
		memberships.save(new Membership(household.getId(), head.getId(), Relation.HEAD, today));
		history.record(household, head.getId(), HouseholdEventType.REGISTERED, today, null,
				"登记新户 " + householdNo + "（户主 " + head.getName() + "）",
				"地址: " + household.getAddress() + "\n户主身份证号: " + head.getMaskedIdNumber()
						+ (household.hasBankAccount() ? "\n银行账号: " + household.getMaskedBankAccount() : ""));
		return household.getId();
	}

	@PreAuthorize(Roles.CASE_WRITE)
	public void update(long id, HouseholdForm form, CurrentUser user) {
		Household household = get(id, user);
		OptimisticLock.check(household, form.version() == null ? -1 : form.version(), id);
		requireActive(household);
		HouseholdDetails details = form.details(household.getPhone());
		Changes changes = new Changes().field("地址", household.getAddress(), form.address())
			.field("城乡类别", history.label("household.residence", household.getResidenceType()),
				history.label("household.residence", form.residenceType()));
		if (!Objects.equals(household.getPhone(), details.phone())) {
			changes.changed("电话", Masking.phone(household.getPhone()), Masking.phone(details.phone()));
		}
		household.update(details);
		updateBank(household, form, changes);
		if (!changes.isEmpty()) {
			history.record(household, null, HouseholdEventType.UPDATED, history.today(), null,
					"修改户信息 " + household.getHouseholdNo(), changes.toString());
		}
	}

	private void updateBank(Household household, HouseholdForm form, Changes changes) {
		String oldAccount = household.getMaskedBankAccount();
		String oldBank = household.getBankName();
		String oldHolder = household.getBankAccountHolder();
		String oldHash = household.getBankAccountHash();
		if (Boolean.TRUE.equals(form.clearBankAccount())) {
			household.setBankAccount(null, registry.protector());
		}
		else {
			boolean newNumber = form.bankAccount() != null && !form.bankAccount().isBlank();
			String number = newNumber ? form.bankAccount()
					: household.hasBankAccount() ? household.decryptBankAccount(registry.protector()) : null;
			BankAccount account = new BankAccount(form.bankName(), number, form.bankAccountHolder());
			validateBank(account);
			household.setBankAccount(account, registry.protector());
		}
		if (!Objects.equals(oldHash, household.getBankAccountHash()) || !Objects.equals(oldBank, household.getBankName())
				|| !Objects.equals(oldHolder, household.getBankAccountHolder())) {
			events.publishEvent(new BankAccountChanged(household.getId(), household.getCommunityId(), history.today(),
					!household.hasBankAccount()));
		}
		changes.field("开户银行", oldBank, household.getBankName())
			.field("银行账号", oldAccount, household.getMaskedBankAccount())
			.field("账户户名", oldHolder, household.getBankAccountHolder());
	}

	/** The full bank account number, for a user whose scope covers the household; the reveal is audited. */
	@PreAuthorize(Roles.CASE_READ)
	public String revealBankAccount(long id, CurrentUser user) {
		Household household = get(id, user);
		return revealed("Household", id, household.getCommunityId(), "查看完整银行账号 " + household.getHouseholdNo(),
				household.hasBankAccount() ? household.decryptBankAccount(registry.protector()) : null);
	}

	/** The full 身份证号, for a user whose scope covers the person; the reveal is audited. */
	@PreAuthorize(Roles.CASE_READ)
	public String revealIdNumber(long personId, CurrentUser user) {
		Person person = person(personId, user);
		return revealed("Person", personId, person.getCommunityId(), "查看完整身份证号 " + person.getName(),
				person.decryptIdNumber(registry.protector()));
	}

	/** The person's full phone number, for a user whose scope covers the person; the reveal is audited. */
	@PreAuthorize(Roles.CASE_READ)
	public String revealPhone(long personId, CurrentUser user) {
		Person person = person(personId, user);
		return revealed("Person", personId, person.getCommunityId(), "查看完整电话 " + person.getName(), person.getPhone());
	}

	/** The household's full phone number, for a user whose scope covers it; the reveal is audited. */
	@PreAuthorize(Roles.CASE_READ)
	public String revealHouseholdPhone(long id, CurrentUser user) {
		Household household = get(id, user);
		return revealed("Household", id, household.getCommunityId(), "查看完整电话 " + household.getHouseholdNo(),
				household.getPhone());
	}

	/** A full value shown to the user: one audit row, in this transaction; nothing stored, nothing audited. */
	private String revealed(String objectType, long id, long communityId, String summary, String value) {
		if (value == null || value.isEmpty()) {
			return "";
		}
		events.publishEvent(AuditRecord.of("household", "REVEAL", objectType, id, communityId, summary));
		return value;
	}

	private long communityFor(Long requested, CurrentUser user) {
		Long own = user.scope().singleCommunity();
		if (!user.scope().all()) {
			if (own == null) {
				throw new FieldRuleException("communityId", "household.community.required");
			}
			return own;
		}
		if (requested == null) {
			throw new FieldRuleException("communityId", "household.community.required");
		}
		return communities.byId(requested)
			.filter(CommunityRef::active)
			.map(CommunityRef::id)
			.orElseThrow(() -> new FieldRuleException("communityId", "household.community.required"));
	}

	private String numberFor(String requested, long communityId) {
		if (requested != null && !requested.isBlank()) {
			if (households.existsByHouseholdNo(requested)) {
				throw new FieldRuleException("householdNo", "household.no.taken", requested);
			}
			return requested;
		}
		return numbers.next(communityId);
	}

	public static void validateBank(BankAccount account) {
		if (account == null || account.isEmpty()) {
			return;
		}
		String digits = account.digits();
		if (digits.length() < 10 || digits.length() > 30 || !digits.chars().allMatch(Character::isDigit)) {
			throw new FieldRuleException("bankAccount", "bank.account.pattern");
		}
		if (account.bankName() == null || account.bankName().isBlank()) {
			throw new FieldRuleException("bankName", "bank.name.required");
		}
		if (account.holder() == null || account.holder().isBlank()) {
			throw new FieldRuleException("bankAccountHolder", "bank.holder.required");
		}
	}

	static void requireActive(Household household) {
		if (!household.isActive()) {
			throw new cn.street.civil.shared.web.BusinessRuleException("household.dissolved");
		}
	}

}
