package cn.street.civil.disability.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import cn.street.civil.household.HouseholdDirectory;
import cn.street.civil.household.PersonSummary;
import cn.street.civil.shared.audit.AuditRecord;
import cn.street.civil.shared.audit.Changes;
import cn.street.civil.shared.persistence.OptimisticLock;
import cn.street.civil.shared.security.CurrentUser;
import cn.street.civil.shared.security.Roles;
import cn.street.civil.shared.web.BusinessRuleException;
import cn.street.civil.shared.web.FieldRuleException;
import cn.street.civil.shared.web.NotFoundException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The certificate's use cases, each in one transaction with its audit row: register (the number checked against
 * the person: form, 身份证号, category and grade digits), change (换证 with a new number, dates, care, employment),
 * record an aid, revoke. A certificate is found through its holder: outside the user's scope it is not found (404).
 */
@Service
@Transactional
public class CertificateService {

	static final String MODULE = "disability";

	private final CertificateRepository certificates;

	private final AidRepository aids;

	private final HouseholdDirectory directory;

	private final ApplicationEventPublisher events;

	private final MessageSource messages;

	private final Clock clock;

	CertificateService(CertificateRepository certificates, AidRepository aids, HouseholdDirectory directory,
			ApplicationEventPublisher events, MessageSource messages, Clock clock) {
		this.certificates = certificates;
		this.aids = aids;
		this.directory = directory;
		this.events = events;
		this.messages = messages;
		this.clock = clock;
	}

	/** A certificate and its holder as the user may see them. */
	record Held(DisabilityCertificate certificate, PersonSummary holder) {

		String maskedNumber() {
			return CertificateNumber.masked(holder.maskedIdNumber(), certificate.getCategory(), certificate.getGrade());
		}

	}

	LocalDate today() {
		return LocalDate.now(clock);
	}

	@Transactional(readOnly = true)
	@PreAuthorize(Roles.CASE_READ)
	public Held get(long id, CurrentUser user) {
		DisabilityCertificate c = certificates.findById(id).orElseThrow(() -> new NotFoundException("残疾人证", id));
		PersonSummary holder = directory.person(c.getPersonId(), user.scope())
			.orElseThrow(() -> new NotFoundException("残疾人证", id));
		return new Held(c, holder);
	}

	/** The person for a registration from their page, in scope (404 otherwise). */
	@Transactional(readOnly = true)
	@PreAuthorize(Roles.CASE_WRITE)
	public PersonSummary person(long personId, CurrentUser user) {
		return directory.person(personId, user.scope()).orElseThrow(() -> new NotFoundException("人员", personId));
	}

	@Transactional(readOnly = true)
	List<DisabilityAid> aidsOf(DisabilityCertificate c) {
		return aids.findByCertificateIdOrderByIssuedOnDescIdDesc(c.getId());
	}

	@Transactional(readOnly = true)
	List<DisabilityCertificate> ofPerson(long personId) {
		return certificates.findByPersonIdOrderByRevokedOnDescIdDesc(personId);
	}

	@PreAuthorize(Roles.CASE_WRITE)
	public long register(CertificateForm form, CurrentUser user) {
		CertificateNumber number = CertificateNumber.parse(form.getNumber(), today());
		PersonSummary holder = form.getPersonId() != null ? matching(form.getPersonId(), number, user)
				: directory.personByIdNumber(number.idNumber(), user.scope())
					.orElseThrow(() -> new FieldRuleException(CertificateNumber.FIELD, "disability.number.no-person"));
		if (!holder.active()) {
			throw new FieldRuleException(CertificateNumber.FIELD, "disability.person.inactive", holder.name());
		}
		certificates.findByPersonIdAndRevokedOnIsNull(holder.id()).ifPresent(existing -> {
			throw new FieldRuleException(CertificateNumber.FIELD, "disability.person.has-certificate", holder.name());
		});
		checkDates(form);
		DisabilityCertificate c = new DisabilityCertificate(holder.id(), number);
		c.describe(form.getIssuedOn(), form.getReviewOn(), form.isLongTermCare(), form.getEmployment(), form.getNotes());
		certificates.saveAndFlush(c);
		events.publishEvent(AuditRecord.of(MODULE, "REGISTER", "DisabilityCertificate", c.getId(), holder.communityId(),
				msg("disability.audit.registered", holder.name(), category(c), c.getGrade())));
		return c.getId();
	}

	/** The registry's answer whether the number's 身份证号 is this person's; the reason when it is not. */
	private PersonSummary matching(long personId, CertificateNumber number, CurrentUser user) {
		PersonSummary person = person(personId, user);
		if (!directory.hasIdNumber(personId, number.idNumber())) {
			String other = directory.personByIdNumber(number.idNumber(), user.scope())
				.map(PersonSummary::name)
				.orElse(null);
			if (other != null) {
				throw new FieldRuleException(CertificateNumber.FIELD, "disability.number.other-person", other,
						person.name());
			}
			throw new FieldRuleException(CertificateNumber.FIELD, "disability.number.not-holder", person.name());
		}
		return person;
	}

	@PreAuthorize(Roles.CASE_WRITE)
	public void update(long id, CertificateForm form, CurrentUser user) {
		Held held = get(id, user);
		DisabilityCertificate c = held.certificate();
		OptimisticLock.check(c, form.getVersion(), id);
		if (!c.valid()) {
			throw new BusinessRuleException("disability.revoked.no-change");
		}
		checkDates(form);
		Changes changes = new Changes();
		if (form.getNumber() != null && !form.getNumber().isBlank()) {
			CertificateNumber number = CertificateNumber.parse(form.getNumber(), today());
			matching(c.getPersonId(), number, user);
			changes.field(msg("disability.category"), category(c), label("disability.category." + number.category()));
			changes.field(msg("disability.grade"), c.getGrade(), number.grade());
			c.renumber(number);
		}
		changes.field(msg("disability.issued-on"), c.getIssuedOn(), form.getIssuedOn())
			.field(msg("disability.review-on"), c.getReviewOn(), form.getReviewOn())
			.field(msg("disability.long-term-care"), c.isLongTermCare(), form.isLongTermCare())
			.field(msg("disability.employment"), c.getEmployment(), form.getEmployment())
			.field(msg("disability.notes"), c.getNotes(), form.getNotes());
		c.describe(form.getIssuedOn(), form.getReviewOn(), form.isLongTermCare(), form.getEmployment(), form.getNotes());
		certificates.saveAndFlush(c);
		events.publishEvent(AuditRecord.of(MODULE, "UPDATE", "DisabilityCertificate", id, held.holder().communityId(),
				msg("disability.audit.updated", held.holder().name()))
			.withDetails(changes.toString()));
	}

	@PreAuthorize(Roles.CASE_WRITE)
	public void addAid(long id, AidForm form, CurrentUser user) {
		Held held = get(id, user);
		if (form.getIssuedOn().isAfter(today())) {
			throw new FieldRuleException("issuedOn", "disability.aid.issued-on.future");
		}
		DisabilityAid aid = aids.save(new DisabilityAid(id, form.getItem(), form.getIssuedOn(), form.getNote(),
				user.getUsername(), Instant.now(clock)));
		events.publishEvent(AuditRecord.of(MODULE, "AID", "DisabilityCertificate", id, held.holder().communityId(),
				msg("disability.audit.aid", held.holder().name(), aid.getItem(), aid.getIssuedOn())));
	}

	@PreAuthorize(Roles.CASE_WRITE)
	public void revoke(long id, long version, String reason, CurrentUser user) {
		Held held = get(id, user);
		DisabilityCertificate c = held.certificate();
		OptimisticLock.check(c, version, id);
		if (reason == null || reason.isBlank()) {
			throw new FieldRuleException("reason", "disability.revoke.reason.required");
		}
		if (reason.strip().length() > 200) {
			throw new FieldRuleException("reason", "disability.revoke.reason.size");
		}
		c.revoke(today(), reason);
		certificates.saveAndFlush(c);
		events.publishEvent(AuditRecord.of(MODULE, "REVOKE", "DisabilityCertificate", id, held.holder().communityId(),
				msg("disability.audit.revoked", held.holder().name(), reason.strip())));
	}

	private void checkDates(CertificateForm form) {
		if (form.getIssuedOn().isAfter(today())) {
			throw new FieldRuleException("issuedOn", "disability.issued-on.future");
		}
		if (form.getReviewOn() != null && !form.getReviewOn().isAfter(form.getIssuedOn())) {
			throw new FieldRuleException("reviewOn", "disability.review-on.before-issue");
		}
	}

	private String category(DisabilityCertificate c) {
		return label("disability.category." + c.getCategory());
	}

	private String label(String key) {
		return msg(key);
	}

	private String msg(String key, Object... args) {
		return messages.getMessage(key, args, key, Locale.SIMPLIFIED_CHINESE);
	}

}
