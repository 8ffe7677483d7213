package cn.street.civil.assistance.dibao;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import cn.street.civil.assistance.casework.AssistanceCase;
import cn.street.civil.assistance.casework.CaseAction;
import cn.street.civil.assistance.casework.CaseAmount;
import cn.street.civil.assistance.casework.CaseSteps;
import cn.street.civil.assistance.casework.CaseWorkflow;
import cn.street.civil.assistance.casework.ChangeKind;
import cn.street.civil.assistance.casework.Programme;
import cn.street.civil.assistance.casework.TerminationReason;
import cn.street.civil.shared.security.CurrentUser;
import cn.street.civil.shared.security.Roles;
import cn.street.civil.shared.web.BusinessRuleException;
import cn.street.civil.shared.web.FieldRuleException;

import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import static cn.street.civil.assistance.casework.CaseText.required;
import static cn.street.civil.assistance.casework.CaseText.strip;

/**
 * 低保边缘家庭 (DOMAIN §1.5) as a case of programme EDGE: application (whole family) → 入户调查 → the street
 * caseworker's assessment (审核, four eyes) → the chief's recognition (认定, four eyes) or rejection; later
 * termination. No 公示: the recognition pays no cash, and 57号's notice rule is about 低保. The recognition is a
 * dated {@link ChangeKind#CONFIRM} change that pays 0 (so payouts pay nothing) and records S, n and I. A 低保
 * application whose income is at/above S but below the line is rejected and recognised in one step
 * ({@link #rejectAsEdge}).
 */
@Service
@Transactional
public class EdgeService {

	static final Programme EDGE = Programme.EDGE;

	/** The actions of the 低保边缘 procedure (no 公示: the recognition pays no cash). */
	static final Set<CaseAction> PROCEDURE = EnumSet.of(CaseAction.INVESTIGATE, CaseAction.REVIEW,
			CaseAction.RECOGNISE, CaseAction.REJECT, CaseAction.TERMINATE);

	private final CaseWorkflow workflow;

	private final DibaoService dibao;

	private final InvestigationRepository investigations;

	private final DibaoAmounts amounts;

	private final MessageSource messages;

	private final Clock clock;

	private final CaseSteps steps;

	EdgeService(CaseWorkflow workflow, DibaoService dibao, InvestigationRepository investigations, DibaoAmounts amounts,
			MessageSource messages, Clock clock, CaseSteps steps) {
		this.steps = steps;
		this.workflow = workflow;
		this.dibao = dibao;
		this.investigations = investigations;
		this.amounts = amounts;
		this.messages = messages;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	@PreAuthorize(Roles.CASE_READ)
	public AssistanceCase get(long id, CurrentUser user) {
		return workflow.get(id, EDGE, user.scope());
	}

	@PreAuthorize(Roles.CASE_WRITE)
	public long apply(ApplicationForm form, CurrentUser user) {
		return dibao.apply(EDGE, form, user);
	}

	@PreAuthorize(Roles.CASE_WRITE)
	public void investigate(long id, InvestigationForm form, CurrentUser user) {
		dibao.investigate(EDGE, id, form, user);
	}

	/** The street caseworker's assessment (审核意见). */
	@PreAuthorize("hasRole('STREET_CASEWORKER')")
	public void assess(long id, long version, String opinion, CurrentUser user) {
		steps.review(EDGE, id, version, opinion, user);
	}

	/** 认定 by the chief: from the month after, with no cash. */
	@PreAuthorize("hasRole('CHIEF')")
	public void recognise(long id, long version, String comment, CurrentUser user) {
		workflow.perform(id, EDGE, version, CaseAction.RECOGNISE, user, strip(comment), c -> recognised(c, strip(comment),
				user));
	}

	@PreAuthorize("hasRole('CHIEF')")
	public void reject(long id, long version, String reason, CurrentUser user) {
		steps.reject(EDGE, id, version, reason, user);
	}

	@PreAuthorize("hasRole('CHIEF')")
	public void terminate(long id, long version, TerminationReason reason, String comment, CurrentUser user) {
		steps.terminate(EDGE, TerminationReason.DIBAO, id, version, reason, comment, user);
	}

	/**
	 * 不予确认 of a 低保 application whose counted income is at/above S × n but below the 边缘 line, and in the same
	 * transaction its recognition as 低保边缘家庭: a new EDGE case continuing the application (same investigation and
	 * review opinion, same preparer), recognised by the chief. Returns the new case's id.
	 */
	@PreAuthorize("hasRole('CHIEF')")
	public long rejectAsEdge(long dibaoId, long version, String reason, CurrentUser user) {
		String text = required(reason, "assistance.rule.reason-required");
		AssistanceCase rejected = workflow.perform(dibaoId, Programme.DIBAO, version, CaseAction.REJECT, user, text, c -> {
			EdgeAssessment assessment = assessment(c, investigation(c), nextMonth());
			if (!assessment.edgeNotDibao()) {
				throw new BusinessRuleException("edge.rule.not-in-band", assessment.perCapitaIncome().toPlainString(),
						assessment.standard().toPlainString(), assessment.perCapitaLine().toPlainString());
			}
			c.reject(today(), text);
		});
		Investigation visit = investigation(rejected);
		AssistanceCase.Application application = new AssistanceCase.Application(EDGE, rejected.getHouseholdId(),
				rejected.getHouseholdNo(), rejected.getCommunityId(), rejected.getResidenceType(),
				rejected.getApplicantPersonId(), rejected.getApplicantName(), rejected.getAppliedOn(), rejected.getMembers(),
				false, null, rejected.isViaCommunity(), rejected.isWrittenMandate(), rejected.materialList(),
				rejected.getOtherMaterials(), rejected.isStaffRelated(), rejected.getRelatedStaff(),
				rejected.getRelatedStaffRelation());
		AssistanceCase edge = workflow.openContinuing(application, rejected, user,
				msg("edge.continued-from", rejected.getHouseholdNo(), String.valueOf(rejected.getId())));
		investigations.save(visit.carriedOverTo(edge.getId()));
		workflow.perform(edge.getId(), EDGE, edge.getVersion(), CaseAction.RECOGNISE, user, text,
				c -> recognised(c, text, user));
		return edge.getId();
	}

	private void recognised(AssistanceCase c, String comment, CurrentUser user) {
		YearMonth from = nextMonth();
		EdgeAssessment assessment = assessment(c, investigation(c), from);
		if (!assessment.belowEdgeLine()) {
			throw new BusinessRuleException("edge.rule.income-above", assessment.perCapitaIncome().toPlainString(),
					assessment.perCapitaLine().toPlainString());
		}
		c.confirm(today(), from);
		// no cash by default: the decision is recorded with its basis and pays 0
		workflow.recordChange(c, ChangeKind.CONFIRM, from,
				new CaseAmount(assessment.standard(), assessment.covered(), assessment.countedIncome(), null,
						CaseAmount.NOTHING.base(), CaseAmount.NOTHING.addOns(), CaseAmount.NOTHING.care()),
				null, comment == null ? msg("edge.no-cash") : comment.substring(0, Math.min(500, comment.length())), null,
				user.getUsername());
	}

	/** The assessment for the case page (and the 低保 page's offer), or empty without an investigation. */
	@Transactional(readOnly = true)
	@PreAuthorize(Roles.CASE_READ)
	public Optional<EdgeAssessment> assessment(AssistanceCase c) {
		return investigations.latest(c.getId()).map(i -> assessment(c, i, c.getFirstPaidMonth() != null
				? c.getFirstPaidMonth() : nextMonth()));
	}

	/**
	 * Whether the 低保 case's page offers "不予确认并认定为低保边缘家庭": the user may reject it now and its income is in
	 * the band. A month without the standards offers nothing (the page shows the refusal elsewhere).
	 */
	@Transactional(readOnly = true)
	@PreAuthorize(Roles.CASE_READ)
	public boolean offersEdge(AssistanceCase dibaoCase, Set<CaseAction> actions) {
		if (dibaoCase.getProgramme() != Programme.DIBAO || !actions.contains(CaseAction.REJECT)) {
			return false;
		}
		try {
			return assessment(dibaoCase).map(EdgeAssessment::edgeNotDibao).orElse(false);
		}
		catch (BusinessRuleException ex) {
			return false;
		}
	}

	/** The buttons shown; the server checks each again ({@link CaseWorkflow#perform}). */
	public Set<CaseAction> availableActions(AssistanceCase c, CurrentUser user) {
		return workflow.availableActions(c, user, PROCEDURE);
	}

	private EdgeAssessment assessment(AssistanceCase c, Investigation investigation, YearMonth month) {
		return amounts.edge(c, investigation, month);
	}

	private Investigation investigation(AssistanceCase c) {
		return investigations.latest(c.getId())
			.orElseThrow(() -> new BusinessRuleException("assistance.rule.no-investigation"));
	}

	private YearMonth nextMonth() {
		return YearMonth.from(today()).plusMonths(1);
	}

	LocalDate today() {
		return LocalDate.now(clock);
	}

	private String msg(String key, Object... args) {
		return messages.getMessage(key, args, key, Locale.SIMPLIFIED_CHINESE);
	}

}
