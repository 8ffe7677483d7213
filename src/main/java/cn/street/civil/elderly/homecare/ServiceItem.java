package cn.street.civil.elderly.homecare;

import java.math.BigDecimal;

import cn.street.civil.shared.persistence.AuditedEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A service item (助餐, 助浴 …, configurable): its price per hour and the minimum duration of one visit. */
@Entity
@Table(name = "home_care_item")
public class ServiceItem extends AuditedEntity {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String code;

	private String name;

	private BigDecimal hourlyPrice;

	private int minMinutes;

	private boolean active = true;

	protected ServiceItem() {
	}

	ServiceItem(String code, String name, BigDecimal hourlyPrice, int minMinutes) {
		this.code = code;
		update(name, hourlyPrice, minMinutes, true);
	}

	void update(String name, BigDecimal hourlyPrice, int minMinutes, boolean active) {
		this.name = name;
		this.hourlyPrice = hourlyPrice;
		this.minMinutes = minMinutes;
		this.active = active;
	}

	public Long getId() {
		return id;
	}

	public String getCode() {
		return code;
	}

	public String getName() {
		return name;
	}

	public BigDecimal getHourlyPrice() {
		return hourlyPrice;
	}

	public int getMinMinutes() {
		return minMinutes;
	}

	public boolean isActive() {
		return active;
	}

}
