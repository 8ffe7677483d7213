package cn.street.civil.assistance.dibao;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;

import cn.street.civil.shared.persistence.AuditedEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * 调标: every 低保 case in force in a month recomputed with that month's terms, one line per case
 * ({@code assistance_restandard_line}), prepared by the street caseworker and approved as a whole by the chief
 * (never its preparer). Nothing changes before the approval; then each line is one RESTANDARD change.
 */
@Entity
@Table(name = "assistance_restandard_batch")
public class RestandardBatch extends AuditedEntity {

	/** Where a batch stands; one PENDING batch per month. */
	public enum Status {

		PENDING, APPROVED, REJECTED, DISCARDED

	}

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private LocalDate month;

	@Enumerated(EnumType.STRING)
	private Status status = Status.PENDING;

	private int lineCount;

	private BigDecimal oldTotal;

	private BigDecimal newTotal;

	private String preparedBy;

	private Instant preparedAt;

	private String decidedBy;

	private Instant decidedAt;

	private String decisionComment;

	protected RestandardBatch() {
	}

	RestandardBatch(YearMonth month, String preparedBy, Instant at) {
		this.month = month.atDay(1);
		this.preparedBy = preparedBy;
		this.preparedAt = at;
		this.oldTotal = BigDecimal.ZERO.setScale(2);
		this.newTotal = BigDecimal.ZERO.setScale(2);
	}

	void totals(int lines, BigDecimal oldTotal, BigDecimal newTotal) {
		this.lineCount = lines;
		this.oldTotal = oldTotal;
		this.newTotal = newTotal;
	}

	void decide(Status outcome, String by, Instant at, String comment) {
		this.status = outcome;
		this.decidedBy = by;
		this.decidedAt = at;
		this.decisionComment = comment;
	}

	void discard() {
		this.status = Status.DISCARDED;
	}

	public Long getId() {
		return id;
	}

	public YearMonth getMonth() {
		return YearMonth.from(month);
	}

	public Status getStatus() {
		return status;
	}

	public int getLineCount() {
		return lineCount;
	}

	public BigDecimal getOldTotal() {
		return oldTotal;
	}

	public BigDecimal getNewTotal() {
		return newTotal;
	}

	public BigDecimal getDifference() {
		return newTotal.subtract(oldTotal);
	}

	public String getPreparedBy() {
		return preparedBy;
	}

	public Instant getPreparedAt() {
		return preparedAt;
	}

	public String getDecidedBy() {
		return decidedBy;
	}

	public Instant getDecidedAt() {
		return decidedAt;
	}

	public String getDecisionComment() {
		return decisionComment;
	}

}
