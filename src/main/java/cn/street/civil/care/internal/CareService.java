package cn.street.civil.care.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import cn.street.civil.household.HouseholdDirectory;
import cn.street.civil.household.PersonSummary;
import cn.street.civil.shared.audit.AuditRecord;
import cn.street.civil.shared.persistence.OptimisticLock;
import cn.street.civil.shared.security.CurrentUser;
import cn.street.civil.shared.web.FieldRuleException;
import cn.street.civil.shared.web.NotFoundException;
import cn.street.civil.standard.StandardMissingException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The 优抚 use cases, each in one transaction with its audit row: register a recipient (the person by 身份证号 in
 * scope, the category's rules, a standard in force for the first month), stop, record the 丧葬补助 paid, and the
 * death reported by the registry. A recipient is found through the person: outside the scope it is not found.
 */
@Service
@Transactional
public class CareService {

	static final String MODULE = "care";

	private final CareRecipientRepository recipients;

	private final HouseholdDirectory directory;

	private final CareStandards standards;

	private final ApplicationEventPublisher events;

	private final MessageSource messages;

	private final Clock clock;

	CareService(CareRecipientRepository recipients, HouseholdDirectory directory, CareStandards standards,
			ApplicationEventPublisher events, MessageSource messages, Clock clock) {
		this.recipients = recipients;
		this.directory = directory;
		this.standards = standards;
		this.events = events;
		this.messages = messages;
		this.clock = clock;
	}

	record Held(CareRecipient recipient, PersonSummary person) {
	}

	/** The amount of a month and its basis, or the refusal when the month has no standard. */
	record MonthAmount(YearMonth month, BigDecimal amount, String basis, String refusal) {
	}

	LocalDate today() {
		return LocalDate.now(clock);
	}

	@Transactional(readOnly = true)
	@PreAuthorize("@careAccess.reads()")
	public Held get(long id, CurrentUser user) {
		CareRecipient r = recipients.findById(id).orElseThrow(() -> new NotFoundException("优抚对象", id));
		PersonSummary person = directory.person(r.getPersonId(), user.scope())
			.orElseThrow(() -> new NotFoundException("优抚对象", id));
		return new Held(r, person);
	}

	@Transactional(readOnly = true)
	List<CareRecipient> ofPerson(long personId) {
		return recipients.findByPersonIdOrderByIdDesc(personId);
	}

	/** What the recipient is paid in {@code month} by the standards (0 in a month not paid). */
	@Transactional(readOnly = true)
	MonthAmount amount(CareRecipient r, YearMonth month) {
		String basis = standards.label(r.standardCode());
		if (!r.paidIn(month)) {
			return new MonthAmount(month, BigDecimal.ZERO.setScale(2), basis, null);
		}
		try {
			if (r.getCategory() == CareCategory.ACTIVE_SERVICE_FAMILY
					&& standards.conscriptMonth(month) != month.getMonthValue()) {
				return new MonthAmount(month, BigDecimal.ZERO.setScale(2), basis, null);
			}
			return new MonthAmount(month, standards.amount(r.standardCode(), month), basis, null);
		}
		catch (StandardMissingException ex) {
			return new MonthAmount(month, null, basis, ex.getMessage());
		}
	}

	@PreAuthorize("@careAccess.writes()")
	public long register(RecipientForm form, CurrentUser user) {
		PersonSummary person = directory.personByIdNumber(form.getIdNumber(), user.scope())
			.orElseThrow(() -> new FieldRuleException("idNumber", "care.person.not-found"));
		if (!person.active()) {
			throw new FieldRuleException("idNumber", "care.person.inactive", person.name());
		}
		if (recipients.existsByPersonIdAndCategoryAndStoppedFromIsNull(person.id(), form.getCategory())) {
			throw new FieldRuleException("category", "care.person.already", person.name());
		}
		CareRecipient r = new CareRecipient(person.id(), form.getCategory(), form.getCertificateNo(),
				form.getDisabilityGrade(), form.getDisabilityNature(), form.getSinceMonth(), form.getNotes());
		if (form.getCategory() != CareCategory.ACTIVE_SERVICE_FAMILY) {
			try {
				standards.amount(r.standardCode(), form.getSinceMonth());
			}
			catch (StandardMissingException ex) {
				throw new FieldRuleException("sinceMonth", "care.since.no-standard", ex.getMessage());
			}
		}
		recipients.saveAndFlush(r);
		events.publishEvent(AuditRecord.of(MODULE, "REGISTER", "CareRecipient", r.getId(), person.communityId(),
				msg("care.audit.registered", person.name(), standards.label(r.standardCode()))));
		return r.getId();
	}

	@PreAuthorize("@careAccess.writes()")
	public void stop(long id, long version, YearMonth from, StopReason reason, String note, CurrentUser user) {
		Held held = get(id, user);
		CareRecipient r = held.recipient();
		OptimisticLock.check(r, version, id);
		if (reason == null || reason == StopReason.DEATH) {
			throw new FieldRuleException("reason", "care.stop.reason.required");
		}
		YearMonth earliest = YearMonth.from(today()).plusMonths(1);
		r.stop(from == null || from.isBefore(earliest) ? earliest : from, reason, note);
		recipients.saveAndFlush(r);
		events.publishEvent(AuditRecord.of(MODULE, "STOP", "CareRecipient", id, held.person().communityId(),
				msg("care.audit.stopped", held.person().name(), msg("care.stop." + reason), r.getStoppedFrom())));
	}

	@PreAuthorize("@careAccess.writes()")
	public void funeralGrantPaid(long id, long version, CurrentUser user) {
		Held held = get(id, user);
		CareRecipient r = held.recipient();
		OptimisticLock.check(r, version, id);
		r.funeralGrantPaid(today(), user.getUsername());
		recipients.saveAndFlush(r);
		events.publishEvent(AuditRecord.of(MODULE, "FUNERAL_GRANT", "CareRecipient", id, held.person().communityId(),
				msg("care.audit.funeral", held.person().name())));
	}

	/** The registry reported the death: every open record of the person stops from the next month. */
	void died(long personId, long communityId, LocalDate on) {
		for (CareRecipient r : recipients.findByPersonIdOrderByIdDesc(personId)) {
			if (r.getDiedOn() != null) {
				continue;
			}
			r.died(on);
			recipients.saveAndFlush(r);
			events.publishEvent(AuditRecord.of(MODULE, "DEATH", "CareRecipient", r.getId(), communityId,
					msg("care.audit.died", on, r.getStoppedFrom())));
		}
	}

	Optional<CareRecipient> open(long personId) {
		return recipients.findByPersonIdAndStoppedFromIsNull(personId).stream().findFirst();
	}

	private String msg(String key, Object... args) {
		return messages.getMessage(key, args, key, Locale.SIMPLIFIED_CHINESE);
	}

}
