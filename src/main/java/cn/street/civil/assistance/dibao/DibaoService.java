package cn.street.civil.assistance.dibao;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import cn.street.civil.assistance.casework.AssistanceCase;
import cn.street.civil.assistance.casework.CaseAction;
import cn.street.civil.assistance.casework.ChangeKind;
import cn.street.civil.assistance.casework.CaseProcedure;
import cn.street.civil.assistance.casework.CaseSteps;
import cn.street.civil.assistance.casework.CaseWorkflow;
import cn.street.civil.assistance.casework.CoveredMember;
import cn.street.civil.assistance.casework.Programme;
import cn.street.civil.assistance.casework.TerminationReason;
import cn.street.civil.household.HouseholdDirectory;
import cn.street.civil.household.HouseholdMember;
import cn.street.civil.household.HouseholdSnapshot;
import cn.street.civil.shared.security.CurrentUser;
import cn.street.civil.shared.security.Roles;
import cn.street.civil.shared.web.BusinessRuleException;
import cn.street.civil.shared.web.FieldRuleException;

import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import static cn.street.civil.assistance.casework.CaseText.blank;
import static cn.street.civil.assistance.casework.CaseText.strip;

/** 低保 use cases: each step is one {@link CaseWorkflow} transition plus the step's own data. */
@Service
@Transactional
public class DibaoService implements CaseProcedure {

	static final Programme DIBAO = Programme.DIBAO;

	static final int SINGLE_PERSON_MIN_AGE = 18;

	/** The bundle key of the 低保 materials list (and, with {@code .required}, the required ones). */
	static final String MATERIALS = "assistance.dibao.materials";

	private final CaseWorkflow workflow;

	private final HouseholdDirectory directory;

	private final InvestigationRepository investigations;

	private final DibaoAmounts amounts;

	private final JdbcClient jdbc;

	private final MessageSource messages;

	private final Clock clock;

	private final DibaoReviewSchedule reviewSchedule;

	private final CaseSteps steps;

	DibaoService(CaseWorkflow workflow, HouseholdDirectory directory, InvestigationRepository investigations,
			DibaoAmounts amounts, JdbcClient jdbc, MessageSource messages, Clock clock,
			DibaoReviewSchedule reviewSchedule, CaseSteps steps) {
		this.reviewSchedule = reviewSchedule;
		this.steps = steps;
		this.workflow = workflow;
		this.directory = directory;
		this.investigations = investigations;
		this.amounts = amounts;
		this.jdbc = jdbc;
		this.messages = messages;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	@PreAuthorize(Roles.CASE_READ)
	public AssistanceCase get(long id, CurrentUser user) {
		return workflow.get(id, DIBAO, user.scope());
	}

	@Transactional(readOnly = true)
	@PreAuthorize(Roles.CASE_READ)
	public Optional<Investigation> latestInvestigation(AssistanceCase c) {
		return investigations.latest(c.getId());
	}

	/** The household with this number as it stands today, if the user may see it. */
	@Transactional(readOnly = true)
	@PreAuthorize(Roles.CASE_READ)
	public Optional<HouseholdSnapshot> household(String householdNo, CurrentUser user) {
		if (householdNo == null || householdNo.isBlank()) {
			return Optional.empty();
		}
		return jdbc.sql("select id from registry_household where household_no = :no and status = 'ACTIVE'")
			.param("no", householdNo.strip())
			.query(Long.class)
			.optional()
			.flatMap(id -> directory.household(id, today(), user.scope()));
	}

	@Transactional(readOnly = true)
	@PreAuthorize(Roles.CASE_READ)
	public Optional<HouseholdSnapshot> household(long householdId, CurrentUser user) {
		return directory.household(householdId, today(), user.scope());
	}

	/** The household asked for on an application page: by id when given, else by number. */
	@Transactional(readOnly = true)
	@PreAuthorize(Roles.CASE_READ)
	public Optional<HouseholdSnapshot> household(String householdNo, Long householdId, CurrentUser user) {
		return householdId != null ? household(householdId.longValue(), user) : household(householdNo, user);
	}

	/** The materials the bundle lists (code list), and which of them are required for 受理. */
	public List<String> materialCodes() {
		return steps.codes(MATERIALS);
	}

	@PreAuthorize(Roles.CASE_WRITE)
	public long apply(ApplicationForm form, CurrentUser user) {
		return apply(DIBAO, form, user);
	}

	/** An application to 低保 or, with the same checks (whole family, no 单人保), to 低保边缘. */
	@PreAuthorize(Roles.CASE_WRITE)
	public long apply(Programme programme, ApplicationForm form, CurrentUser user) {
		if (programme == Programme.EDGE && form.isSinglePerson()) {
			throw new FieldRuleException("singlePerson", "edge.rule.no-single-person");
		}
		HouseholdSnapshot household = household(form.getHouseholdNo(), user)
			.orElseThrow(() -> new FieldRuleException("householdNo", "assistance.rule.household-not-found"));
		HouseholdMember applicant = household.member(form.getApplicantPersonId())
			.orElseThrow(() -> new FieldRuleException("applicantPersonId", "assistance.rule.applicant-not-member"));
		Set<Long> chosen = new LinkedHashSet<>(form.getCoveredPersonIds());
		List<CoveredMember> covered = new ArrayList<>();
		for (HouseholdMember m : household.members()) {
			if (chosen.remove(m.personId())) {
				covered.add(new CoveredMember(m.personId(), m.name(), m.relation(), m.birthDate()));
			}
		}
		if (!chosen.isEmpty()) {
			throw new FieldRuleException("coveredPersonIds", "assistance.rule.covered-not-member");
		}
		if (covered.isEmpty()) {
			throw new FieldRuleException("coveredPersonIds", "assistance.rule.covered-required");
		}
		if (form.isSinglePerson()) {
			if (covered.size() != 1) {
				throw new FieldRuleException("coveredPersonIds", "assistance.rule.single-person-one");
			}
			if (form.getSinglePersonReason() == null || form.getSinglePersonReason().isBlank()) {
				throw new FieldRuleException("singlePersonReason", "assistance.rule.single-person-reason");
			}
			HouseholdMember single = household.member(covered.get(0).getPersonId()).orElseThrow();
			if (single.ageOn(today()) < SINGLE_PERSON_MIN_AGE) {
				throw new FieldRuleException("coveredPersonIds", "assistance.rule.single-person-adult");
			}
		}
		else if (covered.size() != household.members().size()) {
			throw new FieldRuleException("coveredPersonIds", "assistance.rule.whole-family");
		}
		List<String> materials = steps.materials(form.getMaterials(), MATERIALS);
		if (form.isStaffRelated() && (blank(form.getRelatedStaff()) || blank(form.getRelatedStaffRelation()))) {
			throw new FieldRuleException("relatedStaff", "assistance.rule.staff-required");
		}
		AssistanceCase.Application application = new AssistanceCase.Application(programme, household.id(),
				household.householdNo(), household.communityId(), household.residenceType(), applicant.personId(),
				applicant.name(), today(), covered, form.isSinglePerson(), form.getSinglePersonReason(),
				form.isViaCommunity(), form.isWrittenMandate(), materials, form.getOtherMaterials(),
				form.isStaffRelated(), strip(form.getRelatedStaff()), strip(form.getRelatedStaffRelation()));
		return workflow.open(application, user, null).getId();
	}

	@PreAuthorize(Roles.CASE_WRITE)
	public void investigate(long id, InvestigationForm form, CurrentUser user) {
		investigate(DIBAO, id, form, user);
	}

	/** 入户调查 of a 低保 or 低保边缘 case: the same visit, incomes and findings. */
	@PreAuthorize(Roles.CASE_WRITE)
	public void investigate(Programme programme, long id, InvestigationForm form, CurrentUser user) {
		checkInvestigation(form);
		workflow.perform(id, programme, form.getVersion(), CaseAction.INVESTIGATE, user, form.getConclusion(),
				c -> saveInvestigation(c, form, user));
	}

	/** The checks of a home-visit form that need no case (also for a 复核's visit). */
	void checkInvestigation(InvestigationForm form) {
		steps.checkVisit(form.namedInvestigators(), form.getVisitedOn());
	}

	/** Saves the home visit of the form for the case (inside a transition's step); also for a 复核's visit. */
	Investigation saveInvestigation(AssistanceCase c, InvestigationForm form, CurrentUser user) {
		if (form.getVisitedOn().isBefore(c.getAppliedOn())) {
			throw new FieldRuleException("visitedOn", "assistance.rule.visited-on-before-application");
		}
		List<IncomeItem> items = new ArrayList<>();
		for (InvestigationForm.IncomeLine line : form.getIncomes()) {
			if (line.getAmount() == null || line.getAmount().signum() == 0) {
				continue;
			}
			if (line.getPersonId() == null || !c.covers(line.getPersonId()) || line.getKind() == null) {
				throw new FieldRuleException("incomes", "assistance.rule.income-line");
			}
			items.add(new IncomeItem(line.getPersonId(), line.getKind(), line.getAmount().setScale(2),
					strip(line.getNote())));
		}
		return investigations.save(new Investigation(c.getId(), form.getVisitedOn(), form.namedInvestigators(),
				strip(form.getPropertyNotes()), form.getConclusion(), items, MemberConditions.of(form, c),
				user.getUsername(), clock.instant()));
	}

	@PreAuthorize("hasRole('STREET_CASEWORKER')")
	public void review(long id, long version, String opinion, CurrentUser user) {
		steps.review(DIBAO, id, version, opinion, user);
	}

	@PreAuthorize("hasRole('STREET_CASEWORKER')")
	public void startNotice(long id, long version, CurrentUser user) {
		workflow.perform(id, DIBAO, version, CaseAction.NOTICE, user, null,
				c -> c.startNotice(today(), amounts.noticeDays(c, YearMonth.from(today()))));
	}

	@PreAuthorize(Roles.CASE_WRITE)
	public void object(long id, long version, String objection, CurrentUser user) {
		steps.object(DIBAO, id, version, objection, user);
	}

	@PreAuthorize("hasRole('CHIEF')")
	public void confirm(long id, long version, String comment, CurrentUser user) {
		confirm(id, version, comment, null, user);
	}

	/** 审核确认 with the case's 复核类别 (null: the default for the household, {@link DibaoReviewSchedule}). */
	@PreAuthorize("hasRole('CHIEF')")
	public void confirm(long id, long version, String comment, ReviewClass reviewClass, CurrentUser user) {
		workflow.perform(id, DIBAO, version, CaseAction.CONFIRM, user, strip(comment), c -> {
			if (!c.noticeOver(today())) {
				throw new BusinessRuleException("assistance.rule.notice-running", c.getNoticeEnd().toString());
			}
			Investigation investigation = investigations.latest(c.getId())
				.orElseThrow(() -> new BusinessRuleException("assistance.rule.no-investigation"));
			YearMonth firstPaid = YearMonth.from(today()).plusMonths(1);
			MemberConditions.requireSinglePersonFinding(c, investigation);
			DibaoAmount amount = amounts.of(c, investigation, firstPaid);
			if (!amount.eligible()) {
				throw new BusinessRuleException("assistance.rule.not-eligible", amount.perCapitaIncome().toPlainString(),
						amount.standard().toPlainString());
			}
			c.confirm(today(), firstPaid);
			workflow.recordChange(c, ChangeKind.CONFIRM, firstPaid, amount.asCaseAmount(), null, strip(comment), null,
					user.getUsername());
			reviewSchedule.atConfirmation(c, reviewClass, investigation, today());
		});
	}

	@PreAuthorize("hasRole('CHIEF')")
	public void reject(long id, long version, String reason, CurrentUser user) {
		steps.reject(DIBAO, id, version, reason, user);
	}

	@PreAuthorize("hasRole('CHIEF')")
	public void terminate(long id, long version, TerminationReason reason, String comment, CurrentUser user) {
		steps.terminate(DIBAO, TerminationReason.DIBAO, id, version, reason, comment, user);
	}

	@PreAuthorize(Roles.CASE_WRITE)
	public void clearReview(long id, long version, String note, CurrentUser user) {
		steps.clearReview(DIBAO, id, version, note, user);
	}

	/** The amount the case would get (or gets) for a month, or the reason it cannot be computed. */
	@Transactional(readOnly = true)
	@PreAuthorize(Roles.CASE_READ)
	public AmountResult amountFor(AssistanceCase c, Optional<Investigation> investigation, YearMonth month) {
		if (investigation.isEmpty()) {
			return new AmountResult(month, null, null);
		}
		try {
			return new AmountResult(month, amounts.of(c, investigation.get(), month), null);
		}
		catch (BusinessRuleException ex) {
			return new AmountResult(month, null, messages.getMessage(ex, Locale.SIMPLIFIED_CHINESE));
		}
	}

	/**
	 * The actions this user may take on the case now: the buttons shown. The server checks every one again
	 * when it is taken ({@link CaseWorkflow#perform}).
	 */
	public java.util.Set<CaseAction> availableActions(AssistanceCase c, CurrentUser user) {
		return workflow.availableActions(c, user, java.util.EnumSet.complementOf(
				java.util.EnumSet.of(CaseAction.YEARLY_REVIEW, CaseAction.RECOGNISE)));
	}

	/** An amount for the page: computed, or why not (no investigation yet: both null). */
	public record AmountResult(YearMonth month, DibaoAmount amount, String refusal) {
	}

	LocalDate today() {
		return LocalDate.now(clock);
	}

	static BigDecimal zero() {
		return BigDecimal.ZERO.setScale(2);
	}

}
