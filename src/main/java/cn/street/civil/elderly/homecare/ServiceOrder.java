package cn.street.civil.elderly.homecare;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.EnumSet;
import java.util.Set;

import cn.street.civil.shared.persistence.AuditedEntity;
import cn.street.civil.shared.web.BusinessRuleException;
import cn.street.civil.shared.web.FieldRuleException;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * 工单: one visit of a worker to an elder for one item. The order owns its steps (plan → dispatch → check-in →
 * check-out → confirmation → follow-up, or cancel before the check-in); the check-out fixes minutes, price and the
 * government / elder shares, which never change afterwards.
 */
@Entity
@Table(name = "home_care_order")
public class ServiceOrder extends AuditedEntity {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long personId;

	private long communityId;

	private long entitlementId;

	private long providerId;

	private long itemId;

	private Long workerId;

	@Enumerated(EnumType.STRING)
	private OrderStatus status = OrderStatus.PLANNED;

	private Instant plannedStart;

	private Instant plannedEnd;

	private LocalDate serviceMonth;

	private Instant checkedInAt;

	private Instant checkedOutAt;

	private Integer minutes;

	private BigDecimal hourlyPrice;

	private BigDecimal amount;

	private BigDecimal governmentAmount;

	private BigDecimal elderAmount;

	private String confirmedByName;

	@Enumerated(EnumType.STRING)
	private Satisfaction satisfaction;

	private String followUpNote;

	private Long settlementId;

	private String cancelReason;

	private String preparedBy;

	protected ServiceOrder() {
	}

	ServiceOrder(long personId, long communityId, Entitlement entitlement, ServiceItem item, Instant start, int minutes,
			YearMonth month, String preparedBy) {
		this.personId = personId;
		this.communityId = communityId;
		this.entitlementId = entitlement.getId();
		this.providerId = entitlement.getProviderId();
		this.itemId = item.getId();
		this.plannedStart = start;
		this.plannedEnd = start.plus(Duration.ofMinutes(minutes));
		this.serviceMonth = month.atDay(1);
		this.preparedBy = preparedBy;
	}

	private void require(Set<OrderStatus> from, String action) {
		if (!from.contains(status)) {
			throw new BusinessRuleException("homecare.order.wrong-status", action, status);
		}
	}

	void dispatch(Worker worker) {
		require(EnumSet.of(OrderStatus.PLANNED, OrderStatus.DISPATCHED), "DISPATCH");
		if (worker.getProviderId() != providerId || !worker.isActive()) {
			throw new FieldRuleException("workerId", "homecare.order.worker-other-provider");
		}
		this.workerId = worker.getId();
		this.status = OrderStatus.DISPATCHED;
	}

	void checkIn(Instant at) {
		require(EnumSet.of(OrderStatus.DISPATCHED), "CHECK_IN");
		this.checkedInAt = at;
		this.status = OrderStatus.CHECKED_IN;
	}

	/** Refused below the item's minimum duration; the amount is minutes × hourly price, rounded once to the fen. */
	void checkOut(Instant at, ServiceItem item, EntitlementKind kind, BigDecimal copayShare) {
		require(EnumSet.of(OrderStatus.CHECKED_IN), "CHECK_OUT");
		if (!at.isAfter(checkedInAt)) {
			throw new FieldRuleException("at", "homecare.order.check-out.before-check-in");
		}
		int served = (int) Duration.between(checkedInAt, at).toMinutes();
		if (served < item.getMinMinutes()) {
			throw new FieldRuleException("at", "homecare.order.check-out.too-short", served, item.getMinMinutes(),
					item.getName());
		}
		this.checkedOutAt = at;
		this.minutes = served;
		this.hourlyPrice = item.getHourlyPrice();
		this.amount = price(served, item.getHourlyPrice());
		this.elderAmount = switch (kind) {
			case FREE -> BigDecimal.ZERO.setScale(2);
			case LOW_COST -> amount.multiply(copayShare).setScale(2, RoundingMode.HALF_UP);
			case SELF_PAID -> amount;
		};
		this.governmentAmount = amount.subtract(elderAmount);
		this.status = OrderStatus.CHECKED_OUT;
	}

	static BigDecimal price(int minutes, BigDecimal hourlyPrice) {
		return hourlyPrice.multiply(BigDecimal.valueOf(minutes)).divide(BigDecimal.valueOf(60), 2, RoundingMode.HALF_UP);
	}

	void confirm(String signer) {
		require(EnumSet.of(OrderStatus.CHECKED_OUT), "CONFIRM");
		this.confirmedByName = signer;
		this.status = OrderStatus.CONFIRMED;
	}

	void followUp(Satisfaction satisfaction, String note) {
		require(EnumSet.of(OrderStatus.CONFIRMED), "FOLLOW_UP");
		this.satisfaction = satisfaction;
		this.followUpNote = note;
		this.status = OrderStatus.FOLLOWED_UP;
	}

	void cancel(String reason) {
		require(EnumSet.of(OrderStatus.PLANNED, OrderStatus.DISPATCHED), "CANCEL");
		this.cancelReason = reason;
		this.status = OrderStatus.CANCELLED;
	}

	public Long getId() {
		return id;
	}

	public long getPersonId() {
		return personId;
	}

	public long getCommunityId() {
		return communityId;
	}

	public long getEntitlementId() {
		return entitlementId;
	}

	public long getProviderId() {
		return providerId;
	}

	public long getItemId() {
		return itemId;
	}

	public Long getWorkerId() {
		return workerId;
	}

	public OrderStatus getStatus() {
		return status;
	}

	public Instant getPlannedStart() {
		return plannedStart;
	}

	public Instant getPlannedEnd() {
		return plannedEnd;
	}

	public YearMonth getServiceMonth() {
		return YearMonth.from(serviceMonth);
	}

	public int getPlannedMinutes() {
		return (int) Duration.between(plannedStart, plannedEnd).toMinutes();
	}

	public Instant getCheckedInAt() {
		return checkedInAt;
	}

	public Instant getCheckedOutAt() {
		return checkedOutAt;
	}

	public Integer getMinutes() {
		return minutes;
	}

	public BigDecimal getHourlyPrice() {
		return hourlyPrice;
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

	public String getConfirmedByName() {
		return confirmedByName;
	}

	public Satisfaction getSatisfaction() {
		return satisfaction;
	}

	public String getFollowUpNote() {
		return followUpNote;
	}

	public Long getSettlementId() {
		return settlementId;
	}

	public String getCancelReason() {
		return cancelReason;
	}

	public String getPreparedBy() {
		return preparedBy;
	}

}
