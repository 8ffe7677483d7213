package cn.street.civil.assistance.casework;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;

import cn.street.civil.standard.RoundingRule;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.jspecify.annotations.Nullable;

/**
 * One dated decision on what a case pays (DOMAIN §1.3): from {@link #getEffectiveMonth()} on, until a later
 * change. Insert-only (a trigger refuses updates and deletes): a correction is a new change. Written through
 * {@link CaseWorkflow#recordChange}, inside a transition.
 */
@Entity
@Table(name = "assistance_case_change")
public class CaseChange {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long caseId;

	@Enumerated(EnumType.STRING)
	private ChangeKind kind;

	private LocalDate effectiveMonth;

	private BigDecimal standardAmount;

	private Integer coveredCount;

	private BigDecimal countedIncome;

	@Enumerated(EnumType.STRING)
	private RoundingRule rounding;

	private BigDecimal baseAmount;

	private BigDecimal addOns;

	private BigDecimal careAmount;

	private BigDecimal monthlyAmount;

	private LocalDate phaseOutUntil;

	private String reason;

	private Long batchId;

	private String decidedBy;

	private Instant decidedAt;

	protected CaseChange() {
	}

	CaseChange(long caseId, ChangeKind kind, YearMonth effective, CaseAmount amount, @Nullable YearMonth phaseOutUntil,
			@Nullable String reason, @Nullable Long batchId, String decidedBy, Instant decidedAt) {
		if (kind == ChangeKind.TERMINATE && amount.total().signum() != 0) {
			throw new IllegalArgumentException("a termination pays nothing");
		}
		this.caseId = caseId;
		this.kind = kind;
		this.effectiveMonth = effective.atDay(1);
		this.standardAmount = amount.standard();
		this.coveredCount = amount.covered();
		this.countedIncome = amount.countedIncome();
		this.rounding = amount.rounding();
		this.baseAmount = amount.base();
		this.addOns = amount.addOns();
		this.careAmount = amount.care();
		this.monthlyAmount = amount.total();
		this.phaseOutUntil = phaseOutUntil == null ? null : phaseOutUntil.atDay(1);
		this.reason = reason;
		this.batchId = batchId;
		this.decidedBy = decidedBy;
		this.decidedAt = decidedAt;
	}

	public CaseAmount amount() {
		return new CaseAmount(standardAmount, coveredCount, countedIncome, rounding, baseAmount, addOns, careAmount);
	}

	public Long getId() {
		return id;
	}

	public long getCaseId() {
		return caseId;
	}

	public ChangeKind getKind() {
		return kind;
	}

	public YearMonth getEffectiveMonth() {
		return YearMonth.from(effectiveMonth);
	}

	public BigDecimal getMonthlyAmount() {
		return monthlyAmount;
	}

	public @Nullable YearMonth getPhaseOutUntil() {
		return phaseOutUntil == null ? null : YearMonth.from(phaseOutUntil);
	}

	public @Nullable String getReason() {
		return reason;
	}

	public @Nullable Long getBatchId() {
		return batchId;
	}

	public String getDecidedBy() {
		return decidedBy;
	}

	public Instant getDecidedAt() {
		return decidedAt;
	}

}
