package cn.street.civil.care.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

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
 * A holiday visit campaign (两节走访慰问): opened by the chief for a holiday of a year with the care categories
 * whose households are visited and the standard cash per household; its list is generated (and may be generated
 * again while open, adding who newly qualifies) and hand-picked; completed (CLOSED) when every household on the
 * list has been visited. One campaign per holiday and year.
 */
@Entity
@Table(name = "care_campaign")
public class CareCampaign extends AuditedEntity {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Enumerated(EnumType.STRING)
	private CampaignKind kind;

	private int year;

	private String title;

	private String categories;

	private BigDecimal standardCash;

	private String state;

	private String openedBy;

	private String closedBy;

	private Instant closedAt;

	private Instant generatedAt;

	private String generatedBy;

	protected CareCampaign() {
	}

	CareCampaign(CampaignKind kind, int year, String title, List<CareCategory> categories, BigDecimal standardCash,
			String openedBy) {
		this.kind = kind;
		this.year = year;
		this.title = title;
		this.categories = categories.stream().distinct().sorted().map(Enum::name).collect(Collectors.joining(","));
		this.standardCash = standardCash == null ? null : standardCash.setScale(2);
		this.state = "OPEN";
		this.openedBy = openedBy;
	}

	void generated(String by, Instant at) {
		requireOpen();
		this.generatedBy = by;
		this.generatedAt = at;
	}

	void close(String by, Instant at, long unvisited) {
		requireOpen();
		if (generatedAt == null) {
			throw new BusinessRuleException("care.campaign.close.not-generated");
		}
		if (unvisited > 0) {
			throw new BusinessRuleException("care.campaign.close.unvisited", unvisited);
		}
		this.state = "CLOSED";
		this.closedBy = by;
		this.closedAt = at;
	}

	void requireOpen() {
		if (!open()) {
			throw new BusinessRuleException("care.campaign.closed");
		}
	}

	public boolean open() {
		return "OPEN".equals(state);
	}

	public List<CareCategory> categoryList() {
		return Arrays.stream(categories.split(",")).filter(s -> !s.isBlank()).map(CareCategory::valueOf).toList();
	}

	public Long getId() {
		return id;
	}

	public CampaignKind getKind() {
		return kind;
	}

	public int getYear() {
		return year;
	}

	public String getTitle() {
		return title;
	}

	public String getCategories() {
		return categories;
	}

	public BigDecimal getStandardCash() {
		return standardCash;
	}

	public String getState() {
		return state;
	}

	public String getOpenedBy() {
		return openedBy;
	}

	public String getClosedBy() {
		return closedBy;
	}

	public Instant getClosedAt() {
		return closedAt;
	}

	public Instant getGeneratedAt() {
		return generatedAt;
	}

	public String getGeneratedBy() {
		return generatedBy;
	}

}
