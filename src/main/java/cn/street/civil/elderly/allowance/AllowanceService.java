package cn.street.civil.elderly.allowance;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import cn.street.civil.elderly.roster.ElderlyText;
import cn.street.civil.elderly.roster.RosterQueries;
import cn.street.civil.elderly.roster.RosterRow;
import cn.street.civil.household.HouseholdDirectory;
import cn.street.civil.household.HouseholdSnapshot;
import cn.street.civil.household.PayoutAccount;
import cn.street.civil.household.PersonSummary;
import cn.street.civil.shared.audit.AuditRecord;
import cn.street.civil.shared.persistence.OptimisticLock;
import cn.street.civil.shared.security.CurrentUser;
import cn.street.civil.shared.security.DataScope;
import cn.street.civil.shared.security.Roles;
import cn.street.civil.shared.web.BusinessRuleException;
import cn.street.civil.shared.web.FieldRuleException;
import cn.street.civil.shared.web.NotFoundException;
import cn.street.civil.standard.AgeAllowanceStartRule;
import cn.street.civil.standard.StandardParameter;
import cn.street.civil.standard.Standards;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 高龄补贴 enrolments: the caseworker confirms a newly eligible person (survival check, the household's payout
 * account, optionally a back pay that never reaches before the policy start), stops one with a reason; the registry's
 * death and moving-out events stop it from the next month. One person never holds two enrolments paying the same
 * month (checked here in words, and by the table's exclusion constraint).
 */
@Service
@Transactional
public class AllowanceService {

	/** How far back a survival check may lie. */
	static final int SURVIVAL_CHECK_DAYS = 31;

	private final EnrolmentRepository enrolments;

	private final RosterQueries roster;

	private final HouseholdDirectory directory;

	private final Standards standards;

	private final ApplicationEventPublisher events;

	private final ElderlyText text;

	private final Clock clock;

	AllowanceService(EnrolmentRepository enrolments, RosterQueries roster, HouseholdDirectory directory,
			Standards standards, ApplicationEventPublisher events, ElderlyText text, Clock clock) {
		this.enrolments = enrolments;
		this.roster = roster;
		this.directory = directory;
		this.standards = standards;
		this.events = events;
		this.text = text;
		this.clock = clock;
	}

	public LocalDate today() {
		return LocalDate.now(clock);
	}

	public YearMonth nextMonth() {
		return YearMonth.from(today()).plusMonths(1);
	}

	/** The start rule in force for {@code month}. */
	public AgeAllowanceStartRule rule(YearMonth month) {
		return standards.choice(StandardParameter.AGE_ALLOWANCE_START_RULE, null, month, AgeAllowanceStartRule.class);
	}

	/** What the confirmation page shows: the person (404 outside the scope), eligibility, account. */
	@Transactional(readOnly = true)
	@PreAuthorize(Roles.CASE_READ)
	public Candidate candidate(long personId, CurrentUser user) {
		RosterRow person = roster.person(personId, today(), user.scope())
			.orElseThrow(() -> new NotFoundException("ElderlyPerson", personId));
		YearMonth eligibleFrom = AllowanceRules.eligibleFrom(person.birthDate(), rule(nextMonth()));
		PayoutAccount account = person.householdId() == null ? null
				: directory.payoutAccount(person.householdId(), user.scope()).orElse(null);
		List<AgeAllowanceEnrolment> existing = enrolments.findByPersonIdOrderByFirstMonthDescIdDesc(personId);
		return new Candidate(person, eligibleFrom, account, existing);
	}

	/** The confirmation page's data. */
	public record Candidate(RosterRow person, YearMonth eligibleFrom, PayoutAccount account,
			List<AgeAllowanceEnrolment> enrolments) {

		public boolean paying(YearMonth month) {
			return enrolments.stream().anyMatch(e -> e.paysFrom(month));
		}

	}

	@PreAuthorize(Roles.CASE_WRITE)
	public AgeAllowanceEnrolment confirm(long personId, ConfirmForm form, CurrentUser user) {
		Candidate c = candidate(personId, user);
		YearMonth current = YearMonth.from(today());
		YearMonth next = current.plusMonths(1);
		if (c.eligibleFrom().isAfter(next)) {
			throw new BusinessRuleException("elderly.confirm.too-young", c.eligibleFrom().getYear(),
					c.eligibleFrom().getMonthValue());
		}
		YearMonth earliest = c.eligibleFrom();
		for (AgeAllowanceEnrolment e : c.enrolments()) {
			if (e.getStopMonth() == null || e.getStopMonth().isAfter(next)) {
				throw new BusinessRuleException("elderly.confirm.already", e.getFirstMonth().getYear(),
						e.getFirstMonth().getMonthValue());
			}
			if (e.getStopMonth().isAfter(earliest)) {
				earliest = e.getStopMonth();
			}
		}
		if (form.survivalCheckedOn().isBefore(today().minusDays(SURVIVAL_CHECK_DAYS))) {
			throw new FieldRuleException("survivalCheckedOn", "elderly.confirm.survival-date.old", SURVIVAL_CHECK_DAYS);
		}
		if (c.account() == null || c.person().householdId() == null) {
			throw new BusinessRuleException("elderly.confirm.no-account");
		}
		YearMonth first = earliest.isAfter(next) ? earliest : next;
		if (form.backpayReason() != null) {
			if (!earliest.isBefore(next)) {
				throw new FieldRuleException("backpayReason", "elderly.backpay.none-due");
			}
			YearMonth from = form.backpayFrom() == null || form.backpayFrom().isBlank() ? earliestWithStandards(earliest, current)
					: Months.parse(form.backpayFrom(), "backpayFrom");
			if (from.isBefore(earliest) || from.isAfter(current)) {
				throw new FieldRuleException("backpayFrom", "elderly.backpay.range", earliest.getYear(),
						earliest.getMonthValue(), current.getYear(), current.getMonthValue());
			}
			for (YearMonth m = from; !m.isAfter(current); m = m.plusMonths(1)) {
				if (!covered(m)) {
					throw new FieldRuleException("backpayFrom", "elderly.backpay.before-policy", m.getYear(),
							m.getMonthValue());
				}
			}
			first = from;
		}
		else if (form.backpayFrom() != null && !form.backpayFrom().isBlank()) {
			throw new FieldRuleException("backpayReason", "elderly.backpay.reason.required");
		}
		String tail = c.account().maskedNumber();
		AgeAllowanceEnrolment enrolment = enrolments.saveAndFlush(new AgeAllowanceEnrolment(personId,
				c.person().householdId(), c.eligibleFrom(), first, form.backpayReason(),
				blankToNull(form.backpayNote()), form.survivalCheckedOn(), tail.substring(Math.max(0, tail.length() - 4)),
				today(), user.getUsername()));
		events.publishEvent(AuditRecord.of("elderly", "ALLOWANCE_CONFIRM", "AgeAllowanceEnrolment", enrolment.getId(),
				c.person().communityId(),
				text.msg("elderly.audit.confirm", c.person().name(), first.getYear(), first.getMonthValue())
						+ (form.backpayReason() == null ? "" : text.msg("elderly.audit.backpay",
								text.msg("elderly.backpay." + form.backpayReason())))));
		return enrolment;
	}

	/** The earliest month from {@code earliest} on up to {@code current} from which every month has the standards. */
	private YearMonth earliestWithStandards(YearMonth earliest, YearMonth current) {
		YearMonth from = current;
		while (from.isAfter(earliest) && covered(from.minusMonths(1))) {
			from = from.minusMonths(1);
		}
		return from;
	}

	/**
	 * Whether the month has the allowance's standards (the 80–89 amount and the start rule). Asked through
	 * {@code inForce}, which answers without refusing: a refusal caught here would mark the transaction rollback-only.
	 */
	private boolean covered(YearMonth m) {
		return AgeAllowanceProgramme.has(standards, StandardParameter.AGE_ALLOWANCE_AMOUNT, AgeTier.AGE_80.name(), m)
				&& AgeAllowanceProgramme.has(standards, StandardParameter.AGE_ALLOWANCE_START_RULE, null, m);
	}

	/** The enrolment if its person is in the scope (the dead and moved-out included); otherwise 404. */
	@Transactional(readOnly = true)
	@PreAuthorize(Roles.CASE_READ)
	public AgeAllowanceEnrolment get(long id, CurrentUser user) {
		return find(id, user.scope()).orElseThrow(() -> new NotFoundException("AgeAllowanceEnrolment", id));
	}

	private java.util.Optional<AgeAllowanceEnrolment> find(long id, DataScope scope) {
		return enrolments.findById(id).filter(e -> directory.person(e.getPersonId(), scope).isPresent());
	}

	@Transactional(readOnly = true)
	public PersonSummary personOf(AgeAllowanceEnrolment e, CurrentUser user) {
		return directory.person(e.getPersonId(), user.scope())
			.orElseThrow(() -> new NotFoundException("AgeAllowanceEnrolment", e.getId()));
	}

	@PreAuthorize(Roles.CASE_WRITE)
	public void stop(long id, StopForm form, CurrentUser user) {
		AgeAllowanceEnrolment e = get(id, user);
		OptimisticLock.check(e, form.version() == null ? -1 : form.version(), id);
		if (e.getStopMonth() != null) {
			throw new BusinessRuleException("elderly.stop.already", e.getStopMonth().getYear(),
					e.getStopMonth().getMonthValue());
		}
		if (form.reason() == StopReason.DECEASED || form.reason() == StopReason.MOVED_OUT) {
			throw new FieldRuleException("reason", "elderly.stop.reason.registry");
		}
		YearMonth from = Months.parse(form.fromMonth(), "fromMonth");
		YearMonth next = nextMonth();
		if (from.isBefore(next) && !from.equals(e.getFirstMonth())) {
			throw new FieldRuleException("fromMonth", "elderly.stop.month.past", next.getYear(), next.getMonthValue());
		}
		if (from.isBefore(e.getFirstMonth())) {
			throw new FieldRuleException("fromMonth", "elderly.stop.month.before-first", e.getFirstMonth().getYear(),
					e.getFirstMonth().getMonthValue());
		}
		e.stop(from, form.reason(), blankToNull(form.note()), user.getUsername());
		enrolments.saveAndFlush(e);
		PersonSummary person = personOf(e, user);
		events.publishEvent(AuditRecord.of("elderly", "ALLOWANCE_STOP", "AgeAllowanceEnrolment", id,
				person.communityId(), text.msg("elderly.audit.stop", person.name(), from.getYear(), from.getMonthValue(),
						text.msg("elderly.stop." + form.reason()))));
	}

	/**
	 * The registry says the person died or moved out on {@code date}: every enrolment still paying after that month
	 * stops from the month after (no user: the system records it).
	 */
	void stopByRegistry(long personId, long communityId, LocalDate date, StopReason reason) {
		YearMonth from = YearMonth.from(date).plusMonths(1);
		for (AgeAllowanceEnrolment e : enrolments.findByPersonIdOrderByFirstMonthDescIdDesc(personId)) {
			if (e.paysFrom(from)) {
				// a later manual stop gives way to the registry's earlier one
				e.stop(from, reason, text.msg("elderly.stop.registry-note", date), "system");
				enrolments.saveAndFlush(e);
				events.publishEvent(AuditRecord.of("elderly", "ALLOWANCE_STOP", "AgeAllowanceEnrolment", e.getId(),
						communityId, text.msg("elderly.audit.stop.registry", e.getPersonId(), from.getYear(),
								from.getMonthValue(), text.msg("elderly.stop." + reason))));
			}
		}
	}

	private static String blankToNull(String s) {
		return s == null || s.isBlank() ? null : s.strip();
	}

}
