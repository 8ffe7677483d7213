package cn.street.civil.care.internal;

import java.math.BigDecimal;
import java.util.List;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;

/** Opening a campaign: the holiday and year, the care categories visited, the standard cash per household. */
public class CampaignForm {

	@NotNull(message = "{care.campaign.kind.required}")
	private CampaignKind kind;

	@NotNull(message = "{care.campaign.year.required}")
	@Min(value = 2000, message = "{care.campaign.year.range}")
	@Max(value = 2100, message = "{care.campaign.year.range}")
	private Integer year;

	@NotEmpty(message = "{care.campaign.categories.required}")
	private List<CareCategory> categories;

	@DecimalMin(value = "0", message = "{care.campaign.cash.range}")
	@DecimalMax(value = "100000", message = "{care.campaign.cash.range}")
	@Digits(integer = 6, fraction = 2, message = "{care.campaign.cash.range}")
	private BigDecimal standardCash;

	public CampaignKind getKind() {
		return kind;
	}

	public void setKind(CampaignKind kind) {
		this.kind = kind;
	}

	public Integer getYear() {
		return year;
	}

	public void setYear(Integer year) {
		this.year = year;
	}

	public List<CareCategory> getCategories() {
		return categories;
	}

	public void setCategories(List<CareCategory> categories) {
		this.categories = categories;
	}

	public BigDecimal getStandardCash() {
		return standardCash;
	}

	public void setStandardCash(BigDecimal standardCash) {
		this.standardCash = standardCash;
	}

}
