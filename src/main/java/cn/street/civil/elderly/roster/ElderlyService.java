package cn.street.civil.elderly.roster;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import cn.street.civil.shared.audit.AuditRecord;
import cn.street.civil.shared.audit.Changes;
import cn.street.civil.shared.persistence.OptimisticLock;
import cn.street.civil.shared.privacy.Masking;
import cn.street.civil.shared.security.CurrentUser;
import cn.street.civil.shared.security.Roles;
import cn.street.civil.shared.web.FieldRuleException;
import cn.street.civil.shared.web.NotFoundException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The caseworkers' additions to a 60+ person: the profile (独居/空巢, emergency contact) and the dated ability
 * assessments. The person is looked up through the roster query in the user's scope first: another community's
 * person, a person under 60 or no longer living answers 404.
 */
@Service
@Transactional
public class ElderlyService {

	private final RosterQueries roster;

	private final ElderlyProfileRepository profiles;

	private final ElderlyAssessmentRepository assessments;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final ElderlyText text;

	ElderlyService(RosterQueries roster, ElderlyProfileRepository profiles, ElderlyAssessmentRepository assessments,
			ApplicationEventPublisher events, Clock clock, ElderlyText text) {
		this.text = text;
		this.roster = roster;
		this.profiles = profiles;
		this.assessments = assessments;
		this.events = events;
		this.clock = clock;
	}

	public LocalDate today() {
		return LocalDate.now(clock);
	}

	/** The person's roster line today, in the user's scope; otherwise 404. */
	@Transactional(readOnly = true)
	@PreAuthorize(Roles.CASE_READ)
	public RosterRow person(long personId, CurrentUser user) {
		return roster.person(personId, today(), user.scope())
			.orElseThrow(() -> new NotFoundException("ElderlyPerson", personId));
	}

	@Transactional(readOnly = true)
	public Optional<ElderlyProfile> profile(long personId) {
		return profiles.findById(personId);
	}

	@Transactional(readOnly = true)
	public List<ElderlyAssessment> assessments(long personId) {
		return assessments.findByPersonIdOrderByAssessedOnDescIdDesc(personId);
	}

	/** The ability level in force on {@code on} (the latest assessment on or before it). */
	@Transactional(readOnly = true)
	public Optional<AbilityLevel> levelOn(long personId, LocalDate on) {
		return assessments.latestOn(personId, on).map(ElderlyAssessment::getLevel);
	}

	@PreAuthorize(Roles.CASE_WRITE)
	public void updateProfile(long personId, ProfileForm form, CurrentUser user) {
		RosterRow person = person(personId, user);
		Optional<ElderlyProfile> existing = profiles.findById(personId);
		long seen = form.version() == null ? -1 : form.version();
		ElderlyProfile profile;
		if (existing.isPresent()) {
			profile = existing.get();
			OptimisticLock.check(profile, seen, personId);
		}
		else {
			if (seen != 0) {
				throw new ObjectOptimisticLockingFailureException(ElderlyProfile.class, personId);
			}
			profile = new ElderlyProfile(personId);
		}
		String name = ProfileForm.blankToNull(form.contactName());
		String typed = ProfileForm.blankToNull(form.contactPhone());
		String phone = typed != null ? typed : form.clearPhone() ? null : profile.getContactPhone();
		if ((name == null) != (phone == null)) {
			throw new FieldRuleException(name == null ? "contactName" : "contactPhone", "elderly.contact.both");
		}
		Changes changes = new Changes().field(text.msg("elderly.lives-alone"), profile.isLivesAlone(), form.alone())
			.field(text.msg("elderly.empty-nest"), profile.isEmptyNest(), form.emptyNestFlag())
			.field(text.msg("elderly.contact.name"), profile.getContactName(), name)
			.field(text.msg("elderly.contact.relation"), profile.getContactRelation(), ProfileForm.blankToNull(form.contactRelation()))
			.field(text.msg("elderly.contact.phone"), profile.getContactPhone() == null ? null : Masking.phone(profile.getContactPhone()),
					phone == null ? null : Masking.phone(phone))
			.field(text.msg("elderly.note"), profile.getNote(), ProfileForm.blankToNull(form.note()));
		profile.update(form.alone(), form.emptyNestFlag(), name, ProfileForm.blankToNull(form.contactRelation()), phone,
				ProfileForm.blankToNull(form.note()));
		profiles.saveAndFlush(profile);
		events.publishEvent(AuditRecord.of("elderly", "PROFILE", "ElderlyProfile", personId, person.communityId(),
				text.msg("elderly.audit.profile", person.name())).withDetails(changes.toString()));
	}

	@PreAuthorize(Roles.CASE_WRITE)
	public void assess(long personId, AssessmentForm form, CurrentUser user) {
		RosterRow person = person(personId, user);
		if (form.assessedOn().isBefore(person.birthDate().plusYears(60))) {
			throw new FieldRuleException("assessedOn", "elderly.assessment.date.before-60");
		}
		assessments.save(new ElderlyAssessment(personId, form.level(), form.assessedOn(), form.assessor().strip(),
				ProfileForm.blankToNull(form.note()), user.getUsername(), clock.instant()));
		events.publishEvent(AuditRecord.of("elderly", "ASSESS", "ElderlyAssessment", personId, person.communityId(),
				text.msg("elderly.audit.assess", person.name(),
						text.msg("elderly.level." + form.level()), form.assessedOn())));
	}

}
