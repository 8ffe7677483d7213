package cn.street.civil.care.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import cn.street.civil.shared.web.FieldRuleException;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * One household on a campaign's list (who is visited, in which community, on what basis) and, once visited, the
 * visit: date, visitors, cash and/or goods with their value, notes, who recorded it. Rows are inserted set-based by
 * the list generation; a visit may be corrected while the campaign is open (the version the user saw is checked).
 */
@Entity
@Table(name = "care_campaign_visit")
public class CampaignVisit {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long campaignId;

	private long householdId;

	private long personId;

	private long communityId;

	private String basis;

	private boolean handPicked;

	private LocalDate visitedOn;

	private String visitors;

	private BigDecimal cash;

	private String goods;

	private BigDecimal goodsValue;

	private String notes;

	private String recordedBy;

	private Instant recordedAt;

	@Version
	private long version;

	protected CampaignVisit() {
	}

	/** Records (or corrects) the visit; a gift is cash or goods, goods always with their value. */
	void record(LocalDate on, String visitors, BigDecimal cash, String goods, BigDecimal goodsValue, String notes,
			String by, Instant at) {
		String goodsText = goods == null || goods.isBlank() ? null : goods.strip();
		BigDecimal money = cash == null || cash.signum() == 0 ? null : cash.setScale(2);
		if (goodsText == null && goodsValue != null && goodsValue.signum() > 0) {
			throw new FieldRuleException("goods", "care.visit.goods.required");
		}
		if (goodsText != null && goodsValue == null) {
			throw new FieldRuleException("goodsValue", "care.visit.goods-value.required");
		}
		if (money == null && goodsText == null) {
			throw new FieldRuleException("cash", "care.visit.gift.required");
		}
		this.visitedOn = on;
		this.visitors = visitors.strip();
		this.cash = money;
		this.goods = goodsText;
		this.goodsValue = goodsText == null ? null : goodsValue.setScale(2);
		this.notes = notes == null || notes.isBlank() ? null : notes.strip();
		this.recordedBy = by;
		this.recordedAt = at;
	}

	public boolean visited() {
		return visitedOn != null;
	}

	public Long getId() {
		return id;
	}

	public long getCampaignId() {
		return campaignId;
	}

	public long getHouseholdId() {
		return householdId;
	}

	public long getPersonId() {
		return personId;
	}

	public long getCommunityId() {
		return communityId;
	}

	public String getBasis() {
		return basis;
	}

	public boolean isHandPicked() {
		return handPicked;
	}

	public LocalDate getVisitedOn() {
		return visitedOn;
	}

	public String getVisitors() {
		return visitors;
	}

	public BigDecimal getCash() {
		return cash;
	}

	public String getGoods() {
		return goods;
	}

	public BigDecimal getGoodsValue() {
		return goodsValue;
	}

	public String getNotes() {
		return notes;
	}

	public String getRecordedBy() {
		return recordedBy;
	}

	public Instant getRecordedAt() {
		return recordedAt;
	}

	public long getVersion() {
		return version;
	}

}
