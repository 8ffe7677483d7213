package cn.street.civil.payout.batch;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;

import cn.street.civil.shared.persistence.AuditedEntity;
import cn.street.civil.shared.web.BusinessRuleException;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One programme's payout for one month (REGULAR), or a supplement (补发 / 追回) to an approved batch. The batch
 * owns its transitions: generated (DRAFT) → submitted → approved, or returned with a comment and generated again.
 * Whoever generated or submitted it never approves it; once approved nothing of it changes (the database's
 * trigger refuses it too), and a correction is a new supplementary batch.
 */
@Entity
@Table(name = "payout_batch")
public class PayoutBatch extends AuditedEntity {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String programme;

	private LocalDate month;

	@Enumerated(EnumType.STRING)
	private BatchKind kind;

	private Long originalBatchId;

	@Enumerated(EnumType.STRING)
	private BatchState state;

	private String reason;

	private int lineCount;

	private int householdCount;

	private int personCount;

	private BigDecimal totalAmount = BigDecimal.ZERO.setScale(2);

	private int newCount;

	private int changedCount;

	private int stoppedCount;

	private int blockingCount;

	private int warningCount;

	private Long previousBatchId;

	private String generatedBy;

	private Instant generatedAt;

	private String submittedBy;

	private Instant submittedAt;

	private String returnedBy;

	private Instant returnedAt;

	private String returnComment;

	private String approvedBy;

	private Instant approvedAt;

	private String approvalComment;

	protected PayoutBatch() {
	}

	private PayoutBatch(String programme, YearMonth month, BatchKind kind, Long originalBatchId, String reason,
			String by, Instant at) {
		this.programme = programme;
		this.month = month.atDay(1);
		this.kind = kind;
		this.originalBatchId = originalBatchId;
		this.reason = reason;
		this.state = BatchState.DRAFT;
		this.generatedBy = by;
		this.generatedAt = at;
	}

	static PayoutBatch regular(String programme, YearMonth month, String by, Instant at) {
		return new PayoutBatch(programme, month, BatchKind.REGULAR, null, null, by, at);
	}

	static PayoutBatch supplement(PayoutBatch original, BatchKind kind, String reason, String by, Instant at) {
		return new PayoutBatch(original.programme, original.month(), kind, original.id, reason, by, at);
	}

	/** Generated again (a draft or a returned batch): its lines are replaced, it is a draft again. */
	void regenerated(String by, Instant at) {
		if (!state.editable()) {
			throw new BusinessRuleException("payout.rule.regenerate-frozen", label());
		}
		this.state = BatchState.DRAFT;
		this.generatedBy = by;
		this.generatedAt = at;
	}

	void totals(BatchTotals totals, Long previousBatchId) {
		this.lineCount = totals.lines();
		this.householdCount = totals.households();
		this.personCount = totals.persons();
		this.totalAmount = totals.amount();
		this.newCount = totals.added();
		this.changedCount = totals.changed();
		this.stoppedCount = totals.stopped();
		this.blockingCount = totals.blocking();
		this.warningCount = totals.warnings();
		this.previousBatchId = previousBatchId;
	}

	void submit(String by, Instant at) {
		if (!state.editable()) {
			throw new BusinessRuleException("payout.rule.not-draft", label());
		}
		if (blockingCount > 0) {
			throw new BusinessRuleException("payout.rule.blocking", blockingCount);
		}
		if (lineCount == 0) {
			throw new BusinessRuleException("payout.rule.empty");
		}
		this.state = BatchState.SUBMITTED;
		this.submittedBy = by;
		this.submittedAt = at;
	}

	void approve(String by, Instant at, String comment) {
		requireSubmitted(by);
		this.state = BatchState.APPROVED;
		this.approvedBy = by;
		this.approvedAt = at;
		this.approvalComment = comment;
	}

	void returnToPreparer(String by, Instant at, String comment) {
		requireSubmitted(by);
		if (comment == null || comment.isBlank()) {
			throw new BusinessRuleException("payout.rule.return-comment");
		}
		this.state = BatchState.RETURNED;
		this.returnedBy = by;
		this.returnedAt = at;
		this.returnComment = comment.strip();
	}

	private void requireSubmitted(String by) {
		if (state == BatchState.APPROVED) {
			throw new BusinessRuleException("payout.rule.already-approved", approvedBy);
		}
		if (state != BatchState.SUBMITTED) {
			throw new BusinessRuleException("payout.rule.not-submitted");
		}
		if (Objects.equals(by, generatedBy) || Objects.equals(by, submittedBy)) {
			throw new BusinessRuleException("payout.rule.four-eyes");
		}
	}

	private String label() {
		return programme + " " + month();
	}

	public Long getId() {
		return id;
	}

	public String getProgramme() {
		return programme;
	}

	public YearMonth month() {
		return YearMonth.from(month);
	}

	public LocalDate getMonth() {
		return month;
	}

	public BatchKind getKind() {
		return kind;
	}

	public Long getOriginalBatchId() {
		return originalBatchId;
	}

	public BatchState getState() {
		return state;
	}

	public String getReason() {
		return reason;
	}

	public int getLineCount() {
		return lineCount;
	}

	public int getHouseholdCount() {
		return householdCount;
	}

	public int getPersonCount() {
		return personCount;
	}

	public BigDecimal getTotalAmount() {
		return totalAmount;
	}

	public int getNewCount() {
		return newCount;
	}

	public int getChangedCount() {
		return changedCount;
	}

	public int getStoppedCount() {
		return stoppedCount;
	}

	public int getBlockingCount() {
		return blockingCount;
	}

	public int getWarningCount() {
		return warningCount;
	}

	public Long getPreviousBatchId() {
		return previousBatchId;
	}

	public String getGeneratedBy() {
		return generatedBy;
	}

	public Instant getGeneratedAt() {
		return generatedAt;
	}

	public String getSubmittedBy() {
		return submittedBy;
	}

	public Instant getSubmittedAt() {
		return submittedAt;
	}

	public String getReturnedBy() {
		return returnedBy;
	}

	public Instant getReturnedAt() {
		return returnedAt;
	}

	public String getReturnComment() {
		return returnComment;
	}

	public String getApprovedBy() {
		return approvedBy;
	}

	public Instant getApprovedAt() {
		return approvedAt;
	}

	public String getApprovalComment() {
		return approvalComment;
	}

}
