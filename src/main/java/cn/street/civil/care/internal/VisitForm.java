package cn.street.civil.care.internal;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

/** Recording a visit: when, who visited, the cash and/or goods (with their value), notes; the version seen. */
public class VisitForm {

	@NotNull(message = "{care.visit.date.required}")
	@PastOrPresent(message = "{care.visit.date.future}")
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate visitedOn;

	@NotBlank(message = "{care.visit.visitors.required}")
	@Size(max = 200, message = "{care.visit.visitors.size}")
	private String visitors;

	@DecimalMin(value = "0", message = "{care.visit.amount.range}")
	@DecimalMax(value = "100000", message = "{care.visit.amount.range}")
	@Digits(integer = 6, fraction = 2, message = "{care.visit.amount.range}")
	private BigDecimal cash;

	@Size(max = 200, message = "{care.visit.goods.size}")
	private String goods;

	@DecimalMin(value = "0", message = "{care.visit.amount.range}")
	@DecimalMax(value = "100000", message = "{care.visit.amount.range}")
	@Digits(integer = 6, fraction = 2, message = "{care.visit.amount.range}")
	private BigDecimal goodsValue;

	@Size(max = 500, message = "{care.notes.size}")
	private String notes;

	private long version;

	public LocalDate getVisitedOn() {
		return visitedOn;
	}

	public void setVisitedOn(LocalDate visitedOn) {
		this.visitedOn = visitedOn;
	}

	public String getVisitors() {
		return visitors;
	}

	public void setVisitors(String visitors) {
		this.visitors = visitors;
	}

	public BigDecimal getCash() {
		return cash;
	}

	public void setCash(BigDecimal cash) {
		this.cash = cash;
	}

	public String getGoods() {
		return goods;
	}

	public void setGoods(String goods) {
		this.goods = goods;
	}

	public BigDecimal getGoodsValue() {
		return goodsValue;
	}

	public void setGoodsValue(BigDecimal goodsValue) {
		this.goodsValue = goodsValue;
	}

	public String getNotes() {
		return notes;
	}

	public void setNotes(String notes) {
		this.notes = notes;
	}

	public long getVersion() {
		return version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}
