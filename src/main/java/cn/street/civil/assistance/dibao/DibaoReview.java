package cn.street.civil.assistance.dibao;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;

import cn.street.civil.assistance.casework.TerminationReason;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One 复核 of a 低保 case in payment: the caseworker records the home visit with the new incomes (the
 * recomputed amount is kept next to the current one), proposes an outcome effective from a month, and the
 * chief decides it (never the person who recorded or proposed it) or sends it back. Its steps are
 * {@code CaseWorkflow} transitions of the case; the decision is one dated {@code CaseChange}.
 */
@Entity
@Table(name = "assistance_review")
public class DibaoReview {

	/** Where a review stands. */
	public enum Status {

		RECORDED, PROPOSED, RETURNED, DECIDED

	}

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long caseId;

	@Enumerated(EnumType.STRING)
	private Status status = Status.RECORDED;

	private long investigationId;

	private LocalDate computedMonth;

	private BigDecimal standardAmount;

	private int coveredCount;

	private BigDecimal countedIncome;

	private BigDecimal currentAmount;

	private BigDecimal recomputedAmount;

	@Enumerated(EnumType.STRING)
	private ReviewOutcome outcome;

	private LocalDate effectiveMonth;

	@Enumerated(EnumType.STRING)
	private TerminationReason terminationReason;

	private LocalDate phaseOutUntil;

	private String proposal;

	private String returnReason;

	private String decisionComment;

	private String recordedBy;

	private Instant recordedAt;

	private String proposedBy;

	private Instant proposedAt;

	private String decidedBy;

	private Instant decidedAt;

	protected DibaoReview() {
	}

	DibaoReview(long caseId, Investigation investigation, YearMonth month, DibaoAmount recomputed,
			BigDecimal currentAmount, String recordedBy, Instant at) {
		this.caseId = caseId;
		this.investigationId = investigation.getId();
		this.computedMonth = month.atDay(1);
		this.standardAmount = recomputed.standard();
		this.coveredCount = recomputed.covered();
		this.countedIncome = recomputed.countedIncome();
		this.currentAmount = currentAmount;
		this.recomputedAmount = recomputed.total();
		this.recordedBy = recordedBy;
		this.recordedAt = at;
	}

	boolean open() {
		return status != Status.DECIDED;
	}

	void propose(ReviewOutcome outcome, YearMonth effective, TerminationReason reason, String proposal, String by,
			Instant at) {
		this.outcome = outcome;
		this.effectiveMonth = effective.atDay(1);
		this.terminationReason = outcome == ReviewOutcome.TERMINATE ? reason : null;
		this.proposal = proposal;
		this.proposedBy = by;
		this.proposedAt = at;
		this.returnReason = null;
		this.status = Status.PROPOSED;
	}

	void sendBack(String reason) {
		this.returnReason = reason;
		this.status = Status.RETURNED;
	}

	void decide(YearMonth phaseOutUntil, String comment, String by, Instant at) {
		this.phaseOutUntil = phaseOutUntil == null ? null : phaseOutUntil.atDay(1);
		this.decisionComment = comment;
		this.decidedBy = by;
		this.decidedAt = at;
		this.status = Status.DECIDED;
	}

	public Long getId() {
		return id;
	}

	public long getCaseId() {
		return caseId;
	}

	public Status getStatus() {
		return status;
	}

	public long getInvestigationId() {
		return investigationId;
	}

	public YearMonth getComputedMonth() {
		return YearMonth.from(computedMonth);
	}

	public BigDecimal getStandardAmount() {
		return standardAmount;
	}

	public int getCoveredCount() {
		return coveredCount;
	}

	public BigDecimal getCountedIncome() {
		return countedIncome;
	}

	public BigDecimal getCurrentAmount() {
		return currentAmount;
	}

	public BigDecimal getRecomputedAmount() {
		return recomputedAmount;
	}

	public ReviewOutcome getOutcome() {
		return outcome;
	}

	public YearMonth getEffectiveMonth() {
		return effectiveMonth == null ? null : YearMonth.from(effectiveMonth);
	}

	public TerminationReason getTerminationReason() {
		return terminationReason;
	}

	public YearMonth getPhaseOutUntil() {
		return phaseOutUntil == null ? null : YearMonth.from(phaseOutUntil);
	}

	public String getProposal() {
		return proposal;
	}

	public String getReturnReason() {
		return returnReason;
	}

	public String getDecisionComment() {
		return decisionComment;
	}

	public String getRecordedBy() {
		return recordedBy;
	}

	public Instant getRecordedAt() {
		return recordedAt;
	}

	public String getProposedBy() {
		return proposedBy;
	}

	public Instant getProposedAt() {
		return proposedAt;
	}

	public String getDecidedBy() {
		return decidedBy;
	}

	public Instant getDecidedAt() {
		return decidedAt;
	}

}
