package cn.street.civil.elderly.homecare;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;

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
 * 月度结算 of one provider for one month: the totals of the orders it settles; prepared by a street caseworker,
 * approved by the chief, never by the preparer; approved, it is fixed.
 */
@Entity
@Table(name = "home_care_settlement")
public class Settlement extends AuditedEntity {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long providerId;

	private LocalDate month;

	@Enumerated(EnumType.STRING)
	private SettlementStatus status = SettlementStatus.PREPARED;

	private int orderCount;

	private int minutes;

	private BigDecimal amount;

	private BigDecimal governmentAmount;

	private BigDecimal elderAmount;

	private String preparedBy;

	private Instant preparedAt;

	private String approvedBy;

	private Instant approvedAt;

	protected Settlement() {
	}

	Settlement(long providerId, YearMonth month) {
		this.providerId = providerId;
		this.month = month.atDay(1);
	}

	void totals(int orderCount, int minutes, BigDecimal amount, BigDecimal government, BigDecimal elder, String by,
			Instant at) {
		if (status != SettlementStatus.PREPARED) {
			throw new BusinessRuleException("homecare.settlement.approved");
		}
		this.orderCount = orderCount;
		this.minutes = minutes;
		this.amount = amount;
		this.governmentAmount = government;
		this.elderAmount = elder;
		this.preparedBy = by;
		this.preparedAt = at;
	}

	void approve(String chief, Instant at) {
		if (status != SettlementStatus.PREPARED) {
			throw new BusinessRuleException("homecare.settlement.approved");
		}
		if (chief.equals(preparedBy)) {
			throw new BusinessRuleException("homecare.settlement.own");
		}
		if (orderCount == 0) {
			throw new BusinessRuleException("homecare.settlement.empty");
		}
		this.status = SettlementStatus.APPROVED;
		this.approvedBy = chief;
		this.approvedAt = at;
	}

	public Long getId() {
		return id;
	}

	public long getProviderId() {
		return providerId;
	}

	public YearMonth getMonth() {
		return YearMonth.from(month);
	}

	public SettlementStatus getStatus() {
		return status;
	}

	public int getOrderCount() {
		return orderCount;
	}

	public int getMinutes() {
		return minutes;
	}

	public BigDecimal getHours() {
		return BigDecimal.valueOf(minutes).divide(BigDecimal.valueOf(60), 2, java.math.RoundingMode.HALF_UP);
	}

	public BigDecimal getAmount() {
		return amount;
	}

	public BigDecimal getGovernmentAmount() {
		return governmentAmount;
	}

	public BigDecimal getElderAmount() {
		return elderAmount;
	}

	public String getPreparedBy() {
		return preparedBy;
	}

	public Instant getPreparedAt() {
		return preparedAt;
	}

	public String getApprovedBy() {
		return approvedBy;
	}

	public Instant getApprovedAt() {
		return approvedAt;
	}

}
