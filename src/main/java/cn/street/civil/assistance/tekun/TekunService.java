package cn.street.civil.assistance.tekun;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import cn.street.civil.assistance.casework.AssistanceCase;
import cn.street.civil.assistance.casework.CaseAction;
import cn.street.civil.assistance.casework.CaseAmount;
import cn.street.civil.assistance.casework.CaseChange;
import cn.street.civil.assistance.casework.CaseState;
import cn.street.civil.assistance.casework.CaseProcedure;
import cn.street.civil.assistance.casework.CaseSteps;
import cn.street.civil.assistance.casework.CaseWorkflow;
import cn.street.civil.assistance.casework.ChangeKind;
import cn.street.civil.assistance.casework.CoveredMember;
import cn.street.civil.assistance.casework.Programme;
import cn.street.civil.assistance.casework.TerminationReason;
import cn.street.civil.assistance.dibao.DibaoService;
import cn.street.civil.household.HouseholdMember;
import cn.street.civil.household.HouseholdSnapshot;
import cn.street.civil.shared.security.CurrentUser;
import cn.street.civil.shared.security.Roles;
import cn.street.civil.shared.web.BusinessRuleException;
import cn.street.civil.shared.web.FieldRuleException;

import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import static cn.street.civil.assistance.casework.CaseText.blank;
import static cn.street.civil.assistance.casework.CaseText.strip;

/**
 * 特困 use cases (DOMAIN §2): each step one {@link CaseWorkflow} transition plus the step's data; the same
 * actions as 低保 for the recognition, {@link CaseAction#YEARLY_REVIEW} for the 年审.
 */
@Service
@Transactional
public class TekunService implements CaseProcedure {

	static final Programme TEKUN = Programme.TEKUN;

	/** 年审: every year after the confirmation or the last 年审. */
	static final int REVIEW_MONTHS = 12;

	static final int ELDERLY_AGE = 60;

	static final int MINOR_AGE = 16;

	/** The bundle key of the 特困 materials list (and, with {@code .required}, the required ones). */
	static final String MATERIALS = "tekun.materials";

	/** The actions of the 特困 procedure (no 近亲属 flags of the registry: those are 低保's). */
	static final Set<CaseAction> PROCEDURE = EnumSet.of(CaseAction.INVESTIGATE, CaseAction.REVIEW, CaseAction.NOTICE,
			CaseAction.OBJECT, CaseAction.CONFIRM, CaseAction.REJECT, CaseAction.TERMINATE, CaseAction.YEARLY_REVIEW,
			CaseAction.CLEAR_REVIEW);

	private final CaseWorkflow workflow;

	private final DibaoService dibao;

	private final TekunAssessmentRepository assessments;

	private final TekunCaseRepository details;

	private final TekunAmounts amounts;

	private final MessageSource messages;

	private final Clock clock;

	private final CaseSteps steps;

	TekunService(CaseWorkflow workflow, DibaoService dibao, TekunAssessmentRepository assessments,
			TekunCaseRepository details, TekunAmounts amounts, MessageSource messages, Clock clock, CaseSteps steps) {
		this.steps = steps;
		this.workflow = workflow;
		this.dibao = dibao;
		this.assessments = assessments;
		this.details = details;
		this.amounts = amounts;
		this.messages = messages;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	@PreAuthorize(Roles.CASE_READ)
	public AssistanceCase get(long id, CurrentUser user) {
		return workflow.get(id, TEKUN, user.scope());
	}

	@Transactional(readOnly = true)
	@PreAuthorize(Roles.CASE_READ)
	public Optional<TekunAssessment> latestAssessment(AssistanceCase c) {
		return assessments.latest(c.getId());
	}

	@Transactional(readOnly = true)
	@PreAuthorize(Roles.CASE_READ)
	public List<TekunAssessment> assessments(AssistanceCase c) {
		return assessments.findByCaseIdOrderByIdDesc(c.getId());
	}

	@Transactional(readOnly = true)
	public Optional<TekunCategory> category(AssistanceCase c) {
		return details.findById(c.getId()).map(TekunCase::getCategory);
	}

	/** The household (by number or id) as it stands today, if the user may see it: the 低保 lookup. */
	@Transactional(readOnly = true)
	@PreAuthorize(Roles.CASE_READ)
	public Optional<HouseholdSnapshot> household(String householdNo, Long householdId, CurrentUser user) {
		return dibao.household(householdNo, householdId, user);
	}

	public List<String> materialCodes() {
		return steps.codes(MATERIALS);
	}

	@PreAuthorize(Roles.CASE_WRITE)
	public long apply(TekunApplicationForm form, CurrentUser user) {
		HouseholdSnapshot household = household(form.getHouseholdNo(), null, user)
			.orElseThrow(() -> new FieldRuleException("householdNo", "assistance.rule.household-not-found"));
		HouseholdMember person = household.member(form.getPersonId())
			.orElseThrow(() -> new FieldRuleException("personId", "assistance.rule.covered-not-member"));
		HouseholdMember applicant = form.getApplicantPersonId() == null ? person
				: household.member(form.getApplicantPersonId())
					.orElseThrow(() -> new FieldRuleException("applicantPersonId", "assistance.rule.applicant-not-member"));
		int age = person.ageOn(today());
		if (form.getCategory() == TekunCategory.ELDERLY && age < ELDERLY_AGE) {
			throw new FieldRuleException("category", "tekun.rule.category-elderly", age);
		}
		if (form.getCategory() == TekunCategory.MINOR && age >= MINOR_AGE) {
			throw new FieldRuleException("category", "tekun.rule.category-minor", age);
		}
		List<String> materials = steps.materials(form.getMaterials(), MATERIALS);
		AssistanceCase.Application application = new AssistanceCase.Application(TEKUN, household.id(),
				household.householdNo(), household.communityId(), household.residenceType(), applicant.personId(),
				applicant.name(), today(),
				List.of(new CoveredMember(person.personId(), person.name(), person.relation(), person.birthDate())),
				false, null, form.isViaCommunity(), form.isWrittenMandate(), materials,
				strip(form.getOtherMaterials()), false, null, null);
		AssistanceCase c = workflow.open(application, user, label("tekun.category." + form.getCategory()));
		details.save(new TekunCase(c.getId(), form.getCategory()));
		return c.getId();
	}

	/** 调查 (again after an objection): the three conditions, the self-care assessment, the 供养形式. */
	@PreAuthorize(Roles.CASE_WRITE)
	public void investigate(long id, TekunAssessmentForm form, CurrentUser user) {
		List<String> investigators = checkVisit(form);
		workflow.perform(id, TEKUN, form.getVersion(), CaseAction.INVESTIGATE, user, form.getConclusion().strip(), c -> {
			checkAssessment(c, form);
			assessments.save(new TekunAssessment(c.getId(), AssessmentKind.INVESTIGATION, form, investigators,
					user.getUsername(), clock.instant()));
		});
	}

	@PreAuthorize("hasRole('STREET_CASEWORKER')")
	public void review(long id, long version, String opinion, CurrentUser user) {
		steps.review(TEKUN, id, version, opinion, user);
	}

	@PreAuthorize("hasRole('STREET_CASEWORKER')")
	public void startNotice(long id, long version, CurrentUser user) {
		workflow.perform(id, TEKUN, version, CaseAction.NOTICE, user, null,
				c -> c.startNotice(today(), amounts.terms(c, YearMonth.from(today())).noticeDays()));
	}

	@PreAuthorize(Roles.CASE_WRITE)
	public void object(long id, long version, String objection, CurrentUser user) {
		steps.object(TEKUN, id, version, objection, user);
	}

	/** 审核确认 by the chief after the notice: the three conditions must hold; pays from the next month. */
	@PreAuthorize("hasRole('CHIEF')")
	public void confirm(long id, long version, String comment, CurrentUser user) {
		workflow.perform(id, TEKUN, version, CaseAction.CONFIRM, user, strip(comment), c -> {
			if (!c.noticeOver(today())) {
				throw new BusinessRuleException("assistance.rule.notice-running", c.getNoticeEnd().toString());
			}
			TekunAssessment a = assessments.latest(c.getId())
				.orElseThrow(() -> new BusinessRuleException("tekun.rule.no-assessment"));
			YearMonth firstPaid = YearMonth.from(today()).plusMonths(1);
			TekunAmount amount = amounts.of(c, a.getSupportForm(), a.getCareTier(), firstPaid);
			if (!a.conditionsMet(amount.standard())) {
				throw new BusinessRuleException("tekun.rule.conditions-not-met");
			}
			c.confirm(today(), firstPaid);
			workflow.recordChange(c, ChangeKind.CONFIRM, firstPaid, amount.asCaseAmount(a.getMonthlyIncome()), null,
					strip(comment), null, user.getUsername());
		});
	}

	@PreAuthorize("hasRole('CHIEF')")
	public void reject(long id, long version, String reason, CurrentUser user) {
		steps.reject(TEKUN, id, version, reason, user);
	}

	/** 终止 with a 特困 reason: the month after this one pays nothing. */
	@PreAuthorize("hasRole('CHIEF')")
	public void terminate(long id, long version, TerminationReason reason, String comment, CurrentUser user) {
		steps.terminate(TEKUN, TerminationReason.TEKUN, id, version, reason, comment, user);
	}

	/**
	 * 年审: a new assessment; the amount for the new tier and 供养形式 from the named month, recorded as KEEP,
	 * INCREASE or DECREASE against the amount in force then. If the three conditions no longer hold, the review
	 * is refused: the chief terminates instead, with the reason.
	 */
	@PreAuthorize(Roles.CASE_READ)
	public ChangeKind yearlyReview(long id, TekunAssessmentForm form, CurrentUser user) {
		List<String> investigators = checkVisit(form);
		YearMonth earliest = YearMonth.from(today()).plusMonths(1);
		if (form.getEffectiveMonth() == null || form.getEffectiveMonth().isBefore(earliest)) {
			throw new FieldRuleException("effectiveMonth", "tekun.rule.effective-month", earliest.toString());
		}
		YearMonth effective = form.getEffectiveMonth();
		ChangeKind[] kind = new ChangeKind[1];
		workflow.perform(id, TEKUN, form.getVersion(), CaseAction.YEARLY_REVIEW, user, form.getConclusion().strip(),
				c -> {
					checkAssessment(c, form);
					// a decision already recorded for a later month would otherwise win again from that month on
					workflow.changes(c)
						.stream()
						.map(cn.street.civil.assistance.casework.CaseChange::getEffectiveMonth)
						.filter(m -> m.isAfter(effective))
						.max(YearMonth::compareTo)
						.ifPresent(latest -> {
							throw new FieldRuleException("effectiveMonth", "tekun.rule.effective-month", latest.toString());
						});
					CareTier tier = CareTier.ofUnable(form.activitiesUnable());
					TekunAmount amount = amounts.of(c, form.getSupportForm(), tier, effective);
					TekunAssessment a = assessments.save(new TekunAssessment(c.getId(), AssessmentKind.YEARLY_REVIEW,
							form, investigators, user.getUsername(), clock.instant()));
					if (!a.conditionsMet(amount.standard())) {
						throw new BusinessRuleException("tekun.rule.review-conditions-not-met");
					}
					int compared = workflow.changeInForce(c, effective)
						.map(CaseChange::getMonthlyAmount)
						.map(amount.total()::compareTo)
						.orElse(1);
					kind[0] = compared == 0 ? ChangeKind.KEEP : compared > 0 ? ChangeKind.INCREASE : ChangeKind.DECREASE;
					workflow.recordChange(c, kind[0], effective, amount.asCaseAmount(a.getMonthlyIncome()), null,
							a.getConclusion(), null, user.getUsername());
					c.clearReview();
				});
		return kind[0];
	}

	@PreAuthorize(Roles.CASE_WRITE)
	public void clearReview(long id, long version, String note, CurrentUser user) {
		steps.clearReview(TEKUN, id, version, note, user);
	}

	/** When the next 年审 is due: a year after the confirmation or the last 年审; null when not in payment. */
	@Transactional(readOnly = true)
	public LocalDate reviewDue(AssistanceCase c) {
		if (c.getState() != CaseState.CONFIRMED || c.getDecidedOn() == null) {
			return null;
		}
		LocalDate last = assessments.findByCaseIdOrderByIdDesc(c.getId())
			.stream()
			.filter(a -> a.getKind() == AssessmentKind.YEARLY_REVIEW)
			.map(TekunAssessment::getVisitedOn)
			.findFirst()
			.orElse(c.getDecidedOn());
		return last.plusMonths(REVIEW_MONTHS);
	}

	/** The amount for the page: computed for the assessment's tier and form, or why not (no assessment: both null). */
	@Transactional(readOnly = true)
	@PreAuthorize(Roles.CASE_READ)
	public AmountResult amountFor(AssistanceCase c, Optional<TekunAssessment> assessment, YearMonth month) {
		if (assessment.isEmpty()) {
			return new AmountResult(month, null, null);
		}
		try {
			TekunAssessment a = assessment.get();
			return new AmountResult(month, amounts.of(c, a.getSupportForm(), a.getCareTier(), month), null);
		}
		catch (BusinessRuleException ex) {
			return new AmountResult(month, null, messages.getMessage(ex, Locale.SIMPLIFIED_CHINESE));
		}
	}

	/** The buttons this user may take on the case now; each is checked again when taken. */
	public Set<CaseAction> availableActions(AssistanceCase c, CurrentUser user) {
		return workflow.availableActions(c, user, PROCEDURE);
	}

	/** An amount for the page: computed, or why not. */
	public record AmountResult(YearMonth month, TekunAmount amount, String refusal) {
	}

	LocalDate today() {
		return LocalDate.now(clock);
	}

	private List<String> checkVisit(TekunAssessmentForm form) {
		return steps.checkVisit(form.namedInvestigators(), form.getVisitedOn());
	}

	/** The recorded basis must fit the person's age on the visit day; each answer needs its details. */
	private void checkAssessment(AssistanceCase c, TekunAssessmentForm form) {
		if (form.getVisitedOn().isBefore(c.getAppliedOn())) {
			throw new FieldRuleException("visitedOn", "assistance.rule.visited-on-before-application");
		}
		CoveredMember person = c.getMembers().get(0);
		int age = java.time.Period.between(person.getBirthDate(), form.getVisitedOn()).getYears();
		if (form.getIncapacityBasis() == IncapacityBasis.AGE_60 && age < ELDERLY_AGE) {
			throw new FieldRuleException("incapacityBasis", "tekun.rule.basis-age-60", age);
		}
		if (form.getIncapacityBasis() == IncapacityBasis.UNDER_16 && age >= MINOR_AGE) {
			throw new FieldRuleException("incapacityBasis", "tekun.rule.basis-under-16", age);
		}
		if (form.getIncapacityBasis() == IncapacityBasis.DISABILITY && (form.getDisabilityCategory() == null
				|| form.getDisabilityGrade() == null || form.getDisabilityGrade() < 1 || form.getDisabilityGrade() > 4)) {
			throw new FieldRuleException("disabilityCategory", "tekun.rule.disability-required");
		}
		if (form.getSupporter() != Supporter.NONE && blank(form.getSupporterNote())) {
			throw new FieldRuleException("supporterNote", "tekun.rule.supporter-note");
		}
		if (form.getSupportForm() == SupportForm.CENTRALISED && blank(form.getInstitutionName())) {
			throw new FieldRuleException("institutionName", "tekun.rule.institution-required");
		}
		if (form.getSupportForm() == SupportForm.DISPERSED && blank(form.getCarerName())) {
			throw new FieldRuleException("carerName", "tekun.rule.carer-required");
		}
	}

	private String label(String key) {
		return messages.getMessage(key, null, key, Locale.SIMPLIFIED_CHINESE);
	}

}
