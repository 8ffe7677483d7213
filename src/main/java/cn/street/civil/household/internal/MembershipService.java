package cn.street.civil.household.internal;

import java.time.LocalDate;
import java.util.List;

import cn.street.civil.household.HeadChanged;
import cn.street.civil.household.HouseholdDissolved;
import cn.street.civil.household.MemberJoined;
import cn.street.civil.household.MemberLeft;
import cn.street.civil.household.MembershipCause;
import cn.street.civil.household.PersonDeceased;
import cn.street.civil.household.PersonMovedOut;
import cn.street.civil.household.Relation;
import cn.street.civil.shared.persistence.OptimisticLock;
import cn.street.civil.shared.security.CurrentUser;
import cn.street.civil.shared.security.Roles;
import cn.street.civil.shared.web.FieldRuleException;
import cn.street.civil.shared.web.NotFoundException;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who belongs to which household: members joining, details corrected, moves between households, death
 * and moving out of the street, head changes, splits and merges. Each is a dated change with who and
 * why; membership periods are closed, never overwritten. A living person is in at most one household
 * and an active household always has exactly one head.
 */
@Service
@Transactional
@PreAuthorize(Roles.CASE_WRITE)
public class MembershipService {

	private final HouseholdService households;

	private final HouseholdRepository householdRepository;

	private final MembershipRepository memberships;

	private final Persons registry;

	private final HouseholdHistory history;

	private final ApplicationEventPublisher events;

	private final EntityManager entityManager;

	private final HouseholdNumbers numbers;

	MembershipService(HouseholdService households, HouseholdRepository householdRepository,
			MembershipRepository memberships, Persons registry, HouseholdHistory history,
			ApplicationEventPublisher events, EntityManager entityManager, HouseholdNumbers numbers) {
		this.entityManager = entityManager;
		this.numbers = numbers;
		this.households = households;
		this.householdRepository = householdRepository;
		this.memberships = memberships;
		this.registry = registry;
		this.history = history;
		this.events = events;
	}

	/** 添加成员: a new person joins from a date (never in the future). */
	public long addMember(long householdId, MemberForm form, CurrentUser user) {
		Household household = activeHousehold(householdId, user);
		if (form.relation() == Relation.HEAD) {
			throw new FieldRuleException("relation", "member.relation.head");
		}
		LocalDate joined = form.joinedOn() == null ? history.today() : form.joinedOn();
		if (joined.isAfter(history.today())) {
			throw new FieldRuleException("joinedOn", "change.date.future");
		}
		Person person = registry.register(form.idNumber(), form.details(), household.getCommunityId(), "idNumber");
		memberships.save(new Membership(householdId, person.getId(), form.relation(), joined));
		events.publishEvent(new MemberJoined(householdId, household.getCommunityId(), person.getId(), form.relation(),
				joined, MembershipCause.REGISTERED, null));
		history.record(household, person.getId(), HouseholdEventType.MEMBER_ADDED, joined, null,
				"添加成员 " + person.getName() + " 到户 " + household.getHouseholdNo(),
				"身份证号: " + person.getMaskedIdNumber() + "\n与户主关系: " + history.label("relation", form.relation()));
		return person.getId();
	}

	/** 修改与户主关系: closes the period and opens one with the new relation. */
	public void changeRelation(long householdId, long personId, ChangeForm form, CurrentUser user) {
		Household household = activeHousehold(householdId, user, form);
		Membership current = currentMembership(household, personId);
		if (current.getRelation() == Relation.HEAD || form.relation() == null || form.relation() == Relation.HEAD) {
			throw new FieldRuleException("relation", "member.relation.head");
		}
		Relation old = current.getRelation();
		reopen(current, household, form.relation(), form.date(), MembershipEndReason.RELATION_CHANGED);
		history.record(household, personId, HouseholdEventType.MEMBER_UPDATED, form.date(), form.reason(),
				"修改与户主关系", "关系: " + history.label("relation", old) + " → " + history.label("relation", form.relation()));
	}

	/** 移入他户 (marriage, moving in with relatives): the member leaves this household for another. */
	public void moveMember(long householdId, long personId, ChangeForm form, CurrentUser user) {
		Household source = activeHousehold(householdId, user, form);
		Membership current = currentMembership(source, personId);
		Household target = targetHousehold(form.targetHouseholdNo(), source, user);
		Relation relation = form.relation() == null ? Relation.OTHER : form.relation();
		if (relation == Relation.HEAD) {
			throw new FieldRuleException("relation", "member.relation.head");
		}
		Person person = households.person(personId, user);
		handOverHeadIfNeeded(source, current, form);
		current.end(form.date(), MembershipEndReason.MOVED);
		memberships.saveAndFlush(current);
		memberships.save(new Membership(target.getId(), personId, relation, form.date()));
		person.moveToCommunity(target.getCommunityId());
		publishMove(source, target, personId, relation, form.date(), MembershipCause.MOVED);
		history.record(source, personId, HouseholdEventType.MEMBER_LEFT, form.date(), form.reason(),
				person.getName() + " 移出本户，迁入户 " + target.getHouseholdNo(), null);
		history.record(target, personId, HouseholdEventType.MEMBER_JOINED, form.date(), form.reason(),
				person.getName() + " 由户 " + source.getHouseholdNo() + " 迁入", "与户主关系: " + history.label("relation", relation));
		dissolveIfEmpty(source, form);
	}

	/** 死亡: the record stays; the membership ends; programmes are told. */
	public void recordDeath(long householdId, long personId, ChangeForm form, CurrentUser user) {
		leave(householdId, personId, form, user, true);
	}

	/** 迁出本街道: as death, with the moved-out status. */
	public void recordMoveOut(long householdId, long personId, ChangeForm form, CurrentUser user) {
		leave(householdId, personId, form, user, false);
	}

	private void leave(long householdId, long personId, ChangeForm form, CurrentUser user, boolean deceased) {
		Household household = activeHousehold(householdId, user, form);
		Membership current = currentMembership(household, personId);
		Person person = households.person(personId, user);
		handOverHeadIfNeeded(household, current, form);
		current.end(form.date(), deceased ? MembershipEndReason.DECEASED : MembershipEndReason.MOVED_OUT);
		memberships.saveAndFlush(current);
		if (deceased) {
			person.markDeceased(form.date(), form.reason());
			events.publishEvent(new PersonDeceased(personId, householdId, household.getCommunityId(), form.date()));
		}
		else {
			person.markMovedOut(form.date(), form.reason());
			events.publishEvent(new PersonMovedOut(personId, householdId, household.getCommunityId(), form.date()));
		}
		history.record(household, personId, deceased ? HouseholdEventType.DECEASED : HouseholdEventType.MOVED_OUT,
				form.date(), form.reason(), (deceased ? "登记死亡 " : "登记迁出本街道 ") + person.getName(), null);
		dissolveIfEmpty(household, form);
	}

	/** 变更户主: the new head must be a current member; the old head takes the given relation. */
	public void changeHead(long householdId, ChangeForm form, CurrentUser user) {
		Household household = activeHousehold(householdId, user, form);
		Long newHead = form.newHeadPersonId();
		if (newHead == null || newHead.equals(household.getHeadPersonId())) {
			throw new FieldRuleException("newHeadPersonId", "member.new-head.required");
		}
		Membership oldHeadMembership = currentMembership(household, household.getHeadPersonId());
		Membership newHeadMembership = currentMembership(household, newHead);
		Relation oldHeadRelation = form.relation() == null || form.relation() == Relation.HEAD ? Relation.OTHER
				: form.relation();
		reopen(oldHeadMembership, household, oldHeadRelation, form.date(), MembershipEndReason.RELATION_CHANGED);
		reopen(newHeadMembership, household, Relation.HEAD, form.date(), MembershipEndReason.RELATION_CHANGED);
		Long oldHead = household.getHeadPersonId();
		household.changeHead(newHead);
		events.publishEvent(new HeadChanged(householdId, household.getCommunityId(), oldHead, newHead, form.date()));
		history.record(household, newHead, HouseholdEventType.HEAD_CHANGED, form.date(), form.reason(),
				"变更户主 " + household.getHouseholdNo(), "原户主改为: " + history.label("relation", oldHeadRelation));
	}

	/** 分户: chosen members leave for a new household in the same community, one of them its head. */
	public long split(long householdId, ChangeForm form, CurrentUser user) {
		Household source = activeHousehold(householdId, user, form);
		List<Long> leaving = form.members();
		if (leaving.isEmpty() || form.newHeadPersonId() == null || !leaving.contains(form.newHeadPersonId())) {
			throw new FieldRuleException("newHeadPersonId", "member.split.head");
		}
		if (leaving.contains(source.getHeadPersonId())) {
			throw new FieldRuleException("memberIds", "member.split.old-head");
		}
		if (form.address() == null || form.address().isBlank()) {
			throw new FieldRuleException("address", "household.address.required");
		}
		List<Membership> moving = leaving.stream().map(id -> currentMembership(source, id)).toList();
		moving.forEach(m -> m.end(form.date(), MembershipEndReason.SPLIT));
		memberships.saveAllAndFlush(moving);
		String number = numbers.next(source.getCommunityId());
		Household created = householdRepository.save(new Household(source.getCommunityId(), number,
				new HouseholdDetails(form.address(), null, source.getResidenceType()), form.newHeadPersonId()));
		for (Long personId : leaving) {
			Relation relation = personId.equals(form.newHeadPersonId()) ? Relation.HEAD : Relation.OTHER;
			memberships.save(new Membership(created.getId(), personId, relation, form.date()));
			publishMove(source, created, personId, relation, form.date(), MembershipCause.SPLIT);
		}
		history.record(source, null, HouseholdEventType.SPLIT, form.date(), form.reason(),
				"分户：" + leaving.size() + " 人分出为新户 " + number, "分出成员 ID: " + leaving);
		history.record(created, form.newHeadPersonId(), HouseholdEventType.REGISTERED, form.date(), form.reason(),
				"由户 " + source.getHouseholdNo() + " 分户新建 " + number, "请核对成员与新户主的关系");
		return created.getId();
	}

	/** 并户: every member moves into the target household; this household is dissolved. */
	public void merge(long householdId, ChangeForm form, CurrentUser user) {
		Household source = activeHousehold(householdId, user, form);
		Household target = targetHousehold(form.targetHouseholdNo(), source, user);
		List<Membership> moving = memberships.findCurrentIn(householdId);
		moving.forEach(m -> m.end(form.date(), MembershipEndReason.MERGED));
		memberships.saveAllAndFlush(moving);
		Relation headRelation = form.relation() == null || form.relation() == Relation.HEAD ? Relation.OTHER
				: form.relation();
		for (Membership m : moving) {
			Relation relation = m.getRelation() == Relation.HEAD ? headRelation : Relation.OTHER;
			memberships.save(new Membership(target.getId(), m.getPersonId(), relation, form.date()));
			publishMove(source, target, m.getPersonId(), relation, form.date(), MembershipCause.MERGED);
		}
		if (target.getCommunityId() != source.getCommunityId()) {
			moving.forEach(m -> households.person(m.getPersonId(), user).moveToCommunity(target.getCommunityId()));
		}
		source.dissolve(form.date());
		events.publishEvent(new HouseholdDissolved(householdId, source.getCommunityId(), form.date(), target.getId()));
		history.record(source, null, HouseholdEventType.MERGED, form.date(), form.reason(),
				"并户：并入户 " + target.getHouseholdNo() + "，本户注销", null);
		history.record(target, null, HouseholdEventType.MERGED, form.date(), form.reason(),
				"并户：户 " + source.getHouseholdNo() + " 的 " + moving.size() + " 人并入", "请核对成员与户主的关系");
	}

	private void handOverHeadIfNeeded(Household household, Membership leaving, ChangeForm form) {
		if (leaving.getRelation() != Relation.HEAD) {
			return;
		}
		List<Membership> others = memberships.findCurrentIn(household.getId())
			.stream()
			.filter(m -> m.getPersonId() != leaving.getPersonId())
			.toList();
		if (others.isEmpty()) {
			return;
		}
		Long newHead = form.newHeadPersonId();
		Membership next = others.stream()
			.filter(m -> newHead != null && m.getPersonId() == newHead)
			.findFirst()
			.orElseThrow(() -> new FieldRuleException("newHeadPersonId", "member.new-head.required"));
		leaving.end(form.date(), MembershipEndReason.RELATION_CHANGED);
		memberships.saveAndFlush(leaving);
		reopen(next, household, Relation.HEAD, form.date(), MembershipEndReason.RELATION_CHANGED);
		household.changeHead(newHead);
		events.publishEvent(new HeadChanged(household.getId(), household.getCommunityId(), leaving.getPersonId(), newHead,
				form.date()));
		history.record(household, newHead, HouseholdEventType.HEAD_CHANGED, form.date(), form.reason(),
				"户主离开，变更户主 " + household.getHouseholdNo(), null);
	}

	private void dissolveIfEmpty(Household household, ChangeForm form) {
		if (memberships.findCurrentIn(household.getId()).isEmpty()) {
			household.dissolve(form.date());
			events.publishEvent(new HouseholdDissolved(household.getId(), household.getCommunityId(), form.date(), null));
			history.record(household, null, HouseholdEventType.DISSOLVED, form.date(), form.reason(),
					"户内已无成员，注销户 " + household.getHouseholdNo(), null);
		}
	}

	/** A living person changed household within the street: the source hears MemberLeft, the target MemberJoined. */
	private void publishMove(Household source, Household target, long personId, Relation relation, LocalDate date,
			MembershipCause cause) {
		events.publishEvent(new MemberLeft(source.getId(), source.getCommunityId(), personId, date, cause, target.getId()));
		events.publishEvent(new MemberJoined(target.getId(), target.getCommunityId(), personId, relation, date, cause,
				source.getId()));
	}

	private void reopen(Membership current, Household household, Relation relation, LocalDate date,
			MembershipEndReason reason) {
		current.end(date, reason);
		memberships.saveAndFlush(current);
		memberships.saveAndFlush(new Membership(household.getId(), current.getPersonId(), relation, date));
	}

	private Household activeHousehold(long id, CurrentUser user) {
		Household household = households.get(id, user);
		HouseholdService.requireActive(household);
		return household;
	}

	private Household activeHousehold(long id, CurrentUser user, ChangeForm form) {
		Household household = activeHousehold(id, user);
		OptimisticLock.check(household, form.version() == null ? -1 : form.version(), id);
		if (form.date().isAfter(history.today())) {
			throw new FieldRuleException("date", "change.date.future");
		}
		// every membership change bumps the household's version: a concurrent change of the same household fails
		entityManager.lock(household, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
		return household;
	}

	private Membership currentMembership(Household household, Long personId) {
		return personId == null ? null
				: memberships.findCurrentOf(personId)
					.filter(m -> m.getHouseholdId() == household.getId())
					.orElseThrow(() -> new NotFoundException("member", personId));
	}

	private Household targetHousehold(String number, Household source, CurrentUser user) {
		if (number == null || number.isBlank()) {
			throw new FieldRuleException("targetHouseholdNo", "member.target.required");
		}
		Household target = householdRepository.findByNumberInScope(number.trim(), user.scope())
			.orElseThrow(() -> new FieldRuleException("targetHouseholdNo", "member.target.unknown", number));
		if (target.getId().equals(source.getId())) {
			throw new FieldRuleException("targetHouseholdNo", "member.target.same");
		}
		if (!target.isActive()) {
			throw new FieldRuleException("targetHouseholdNo", "household.dissolved");
		}
		return target;
	}

}
