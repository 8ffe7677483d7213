package cn.street.civil.assistance.casework;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import cn.street.civil.household.ResidenceType;
import cn.street.civil.shared.persistence.AuditedEntity;
import cn.street.civil.shared.security.CurrentUser;
import cn.street.civil.shared.web.BusinessRuleException;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;

import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.security.access.AccessDeniedException;

/**
 * An assistance case (低保 now, 特困 later: {@link #programme}). The aggregate guards its transitions
 * ({@link #move}): the state, the role and the four-eyes rule; {@link CaseWorkflow} adds the scope, the
 * version the user saw, the timeline and the audit row. Step data (notice dates, the amount, reasons) is
 * set only through the methods below, by the programme, inside a transition.
 */
@Entity
@Table(name = "assistance_case")
public class AssistanceCase extends AuditedEntity {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Enumerated(EnumType.STRING)
	private Programme programme;

	private long householdId;

	private String householdNo;

	private long communityId;

	@Enumerated(EnumType.STRING)
	private ResidenceType residenceType;

	private long applicantPersonId;

	private String applicantName;

	@Enumerated(EnumType.STRING)
	private CaseState state = CaseState.APPLIED;

	private LocalDate appliedOn;

	private boolean singlePerson;

	private String singlePersonReason;

	private boolean viaCommunity;

	private boolean writtenMandate;

	private String materials = "";

	private String otherMaterials;

	private boolean staffRelated;

	private String relatedStaff;

	private String relatedStaffRelation;

	private String reviewOpinion;

	private LocalDate noticeStart;

	private LocalDate noticeEnd;

	private LocalDate decidedOn;

	private LocalDate firstPaidMonth;

	private BigDecimal standardAmount;

	private Integer coveredCount;

	private BigDecimal countedIncome;

	private String rounding;

	private BigDecimal monthlyAmount;

	private String rejectReason;

	private LocalDate terminatedOn;

	private LocalDate lastPaidMonth;

	@Enumerated(EnumType.STRING)
	private TerminationReason terminationReason;

	private boolean needsReview;

	private String reviewReason;

	private LocalDate reviewFlaggedOn;

	private String preparedBy;

	private String reviewClass;

	private LocalDate lastReviewedOn;

	private LocalDate nextReviewOn;

	private Long predecessorCaseId;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "assistance_case_member", joinColumns = @JoinColumn(name = "case_id"))
	private List<CoveredMember> members = new ArrayList<>();

	protected AssistanceCase() {
	}

	/** What an application holds; the programme checks the household and members before it builds one. */
	public record Application(Programme programme, long householdId, String householdNo, long communityId,
			ResidenceType residenceType, long applicantPersonId, String applicantName, LocalDate appliedOn,
			List<CoveredMember> members, boolean singlePerson, String singlePersonReason, boolean viaCommunity,
			boolean writtenMandate, List<String> materials, String otherMaterials, boolean staffRelated,
			String relatedStaff, String relatedStaffRelation) {
	}

	public static AssistanceCase apply(Application a, CurrentUser preparer) {
		if (!CaseAction.APPLY.allowedFor(preparer.role())) {
			throw new AccessDeniedException("apply: " + preparer.role());
		}
		if (a.staffRelated() && preparer.getUsername().equals(a.relatedStaff())) {
			throw new BusinessRuleException("assistance.four-eyes.related-preparer");
		}
		return from(a, preparer.getUsername());
	}

	/** The case an application describes, prepared by {@code preparedBy}, in state APPLIED. */
	private static AssistanceCase from(Application a, String preparedBy) {
		AssistanceCase c = new AssistanceCase();
		c.programme = a.programme();
		c.householdId = a.householdId();
		c.householdNo = a.householdNo();
		c.communityId = a.communityId();
		c.residenceType = a.residenceType();
		c.applicantPersonId = a.applicantPersonId();
		c.applicantName = a.applicantName();
		c.appliedOn = a.appliedOn();
		c.members = new ArrayList<>(a.members());
		c.singlePerson = a.singlePerson();
		c.singlePersonReason = a.singlePerson() ? a.singlePersonReason() : null;
		c.viaCommunity = a.viaCommunity();
		c.writtenMandate = a.viaCommunity() && a.writtenMandate();
		c.materials = String.join(",", a.materials());
		c.otherMaterials = a.otherMaterials();
		c.staffRelated = a.staffRelated();
		c.relatedStaff = a.staffRelated() ? a.relatedStaff() : null;
		c.relatedStaffRelation = a.staffRelated() ? a.relatedStaffRelation() : null;
		c.preparedBy = preparedBy;
		return c;
	}

	/**
	 * A case of another programme that continues an application already investigated and reviewed (a 低保
	 * application found to be 低保边缘 when rejected): same household, members and application data, the same
	 * preparer (so the four-eyes rule still holds) and review opinion; it starts as REVIEWED.
	 */
	static AssistanceCase continuing(Application a, AssistanceCase predecessor) {
		AssistanceCase c = from(a, predecessor.preparedBy);
		c.reviewOpinion = predecessor.reviewOpinion;
		c.state = CaseState.REVIEWED;
		return c;
	}

	/**
	 * Takes the action if the rules allow it and returns the state it left. Refused: a role the action is
	 * not for (403), a state it does not start from, and a decision by the preparer or a related staff member.
	 */
	CaseState move(CaseAction action, CurrentUser by) {
		if (!action.allowedFor(by.role())) {
			throw new AccessDeniedException(action + ": " + by.role());
		}
		if (!action.allowedFrom(state)) {
			throw new BusinessRuleException("assistance.transition.wrong-state",
					new DefaultMessageSourceResolvable(action.labelKey()),
					new DefaultMessageSourceResolvable("assistance.state." + state));
		}
		if (action.fourEyes() && by.getUsername().equals(preparedBy)) {
			throw new BusinessRuleException("assistance.four-eyes.preparer");
		}
		if (action.fourEyes() && staffRelated && by.getUsername().equals(relatedStaff)) {
			throw new BusinessRuleException("assistance.four-eyes.related");
		}
		CaseState from = state;
		state = action.target(state);
		return from;
	}

	/** A registry change asks for a review; returns false if the same reason is already flagged. */
	boolean flagForReview(String reason, LocalDate on) {
		if (!state.open()) {
			return false;
		}
		String text = reviewReason == null ? reason
				: (reviewReason.contains(reason) ? reviewReason : reviewReason + "；" + reason);
		boolean changed = !needsReview || !text.equals(reviewReason);
		needsReview = true;
		reviewReason = text.length() > 300 ? text.substring(0, 300) : text;
		if (reviewFlaggedOn == null) {
			reviewFlaggedOn = on;
		}
		return changed;
	}

	public void clearReview() {
		needsReview = false;
		reviewReason = null;
		reviewFlaggedOn = null;
	}

	public void recordReviewOpinion(String opinion) {
		this.reviewOpinion = opinion;
	}

	public void startNotice(LocalDate start, int days) {
		this.noticeStart = start;
		this.noticeEnd = start.plusDays(days);
	}

	/** The notice is over on its end day. */
	public boolean noticeOver(LocalDate today) {
		return noticeEnd != null && !today.isBefore(noticeEnd);
	}

	/** 审核确认 on {@code decidedOn}, paying from {@code firstPaid}; the amount is the CONFIRM change's. */
	public void confirm(LocalDate decidedOn, YearMonth firstPaid) {
		this.decidedOn = decidedOn;
		this.firstPaidMonth = firstPaid.atDay(1);
	}

	/** The current figures (what lists show) follow the latest amount decision. */
	void amountChanged(CaseAmount amount) {
		this.standardAmount = amount.standard();
		this.coveredCount = amount.covered();
		this.countedIncome = amount.countedIncome();
		this.rounding = amount.rounding() == null ? null : amount.rounding().name();
		this.monthlyAmount = amount.total();
	}

	/**
	 * 定期复核: the class (A/B/C, {@code StandardDimension.REVIEW_CLASS}) and the next review, due the class's
	 * interval after {@code from} (the confirmation or the last review).
	 */
	public void scheduleReview(String reviewClass, LocalDate from, int intervalMonths) {
		this.reviewClass = reviewClass;
		this.nextReviewOn = from.plusMonths(intervalMonths);
	}

	/** A periodic review was decided on {@code on}: the next one is due the interval after it. */
	public void reviewed(LocalDate on, int intervalMonths) {
		this.lastReviewedOn = on;
		this.nextReviewOn = on.plusMonths(intervalMonths);
		clearReview();
	}

	/**
	 * 停旧建新: a new case of the same household and programme for the remaining covered members, applied by
	 * the system on {@code on}, carrying the predecessor's materials and linked to it; flagged for review.
	 */
	static AssistanceCase successorOf(AssistanceCase old, long applicantPersonId, String applicantName,
			List<CoveredMember> members, LocalDate on, String reviewReason) {
		AssistanceCase c = new AssistanceCase();
		c.programme = old.programme;
		c.householdId = old.householdId;
		c.householdNo = old.householdNo;
		c.communityId = old.communityId;
		c.residenceType = old.residenceType;
		c.applicantPersonId = applicantPersonId;
		c.applicantName = applicantName;
		c.appliedOn = on;
		c.members = new ArrayList<>(members);
		c.singlePerson = old.singlePerson && members.size() == 1;
		c.singlePersonReason = c.singlePerson ? old.singlePersonReason : null;
		c.viaCommunity = old.viaCommunity;
		c.writtenMandate = old.writtenMandate;
		c.materials = old.materials;
		c.otherMaterials = old.otherMaterials;
		c.staffRelated = old.staffRelated;
		c.relatedStaff = old.relatedStaff;
		c.relatedStaffRelation = old.relatedStaffRelation;
		c.preparedBy = SYSTEM;
		c.predecessorCaseId = old.id;
		c.flagForReview(reviewReason, on);
		return c;
	}

	/** The actor of what the system does on its own (registry events). */
	public static final String SYSTEM = "system";

	/** A system transition (no user): only the state is checked. */
	CaseState moveBySystem(CaseAction action) {
		if (!action.allowedFrom(state)) {
			throw new BusinessRuleException("assistance.transition.wrong-state",
					new DefaultMessageSourceResolvable(action.labelKey()),
					new DefaultMessageSourceResolvable("assistance.state." + state));
		}
		CaseState from = state;
		state = action.target(state);
		return from;
	}

	public void reject(LocalDate decidedOn, String reason) {
		this.decidedOn = decidedOn;
		this.rejectReason = reason;
	}

	public void terminate(LocalDate on, TerminationReason reason, YearMonth lastPaid) {
		this.terminatedOn = on;
		this.terminationReason = reason;
		this.lastPaidMonth = lastPaid.atDay(1);
	}

	/** Whether the case pays for {@code month}: confirmed, from the first paid month, until the last. */
	public boolean paysFor(YearMonth month) {
		if (firstPaidMonth == null || monthlyAmount == null || month.isBefore(YearMonth.from(firstPaidMonth))) {
			return false;
		}
		return state == CaseState.CONFIRMED
				|| (state == CaseState.TERMINATED && lastPaidMonth != null && !month.isAfter(YearMonth.from(lastPaidMonth)));
	}

	public boolean covers(long personId) {
		return members.stream().anyMatch(m -> m.getPersonId() == personId);
	}

	public List<Long> coveredPersonIds() {
		return members.stream().map(CoveredMember::getPersonId).toList();
	}

	public List<String> materialList() {
		return materials == null || materials.isBlank() ? List.of() : List.of(materials.split(","));
	}

	public Long getId() {
		return id;
	}

	public Programme getProgramme() {
		return programme;
	}

	public long getHouseholdId() {
		return householdId;
	}

	public String getHouseholdNo() {
		return householdNo;
	}

	public long getCommunityId() {
		return communityId;
	}

	public ResidenceType getResidenceType() {
		return residenceType;
	}

	public long getApplicantPersonId() {
		return applicantPersonId;
	}

	public String getApplicantName() {
		return applicantName;
	}

	public CaseState getState() {
		return state;
	}

	public LocalDate getAppliedOn() {
		return appliedOn;
	}

	public boolean isSinglePerson() {
		return singlePerson;
	}

	public String getSinglePersonReason() {
		return singlePersonReason;
	}

	public boolean isViaCommunity() {
		return viaCommunity;
	}

	public boolean isWrittenMandate() {
		return writtenMandate;
	}

	public String getOtherMaterials() {
		return otherMaterials;
	}

	public boolean isStaffRelated() {
		return staffRelated;
	}

	public String getRelatedStaff() {
		return relatedStaff;
	}

	public String getRelatedStaffRelation() {
		return relatedStaffRelation;
	}

	public String getReviewOpinion() {
		return reviewOpinion;
	}

	public LocalDate getNoticeStart() {
		return noticeStart;
	}

	public LocalDate getNoticeEnd() {
		return noticeEnd;
	}

	public LocalDate getDecidedOn() {
		return decidedOn;
	}

	public YearMonth getFirstPaidMonth() {
		return firstPaidMonth == null ? null : YearMonth.from(firstPaidMonth);
	}

	public BigDecimal getStandardAmount() {
		return standardAmount;
	}

	public Integer getCoveredCount() {
		return coveredCount;
	}

	public BigDecimal getCountedIncome() {
		return countedIncome;
	}

	public String getRounding() {
		return rounding;
	}

	public BigDecimal getMonthlyAmount() {
		return monthlyAmount;
	}

	public String getRejectReason() {
		return rejectReason;
	}

	public LocalDate getTerminatedOn() {
		return terminatedOn;
	}

	public YearMonth getLastPaidMonth() {
		return lastPaidMonth == null ? null : YearMonth.from(lastPaidMonth);
	}

	public TerminationReason getTerminationReason() {
		return terminationReason;
	}

	public boolean isNeedsReview() {
		return needsReview;
	}

	public String getReviewReason() {
		return reviewReason;
	}

	public LocalDate getReviewFlaggedOn() {
		return reviewFlaggedOn;
	}

	public String getPreparedBy() {
		return preparedBy;
	}

	public String getReviewClass() {
		return reviewClass;
	}

	public LocalDate getLastReviewedOn() {
		return lastReviewedOn;
	}

	public LocalDate getNextReviewOn() {
		return nextReviewOn;
	}

	public Long getPredecessorCaseId() {
		return predecessorCaseId;
	}

	public List<CoveredMember> getMembers() {
		return List.copyOf(members);
	}

}
