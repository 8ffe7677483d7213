package cn.street.civil.elderly.homecare;

import cn.street.civil.shared.persistence.AuditedEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** 护理员: a provider's worker who serves the orders dispatched to them. */
@Entity
@Table(name = "home_care_worker")
public class Worker extends AuditedEntity {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long providerId;

	private String name;

	private String phone;

	private boolean active = true;

	protected Worker() {
	}

	Worker(long providerId, String name, String phone) {
		this.providerId = providerId;
		this.name = name;
		this.phone = phone;
	}

	void update(String name, String phone, boolean active) {
		this.name = name;
		this.phone = phone;
		this.active = active;
	}

	public Long getId() {
		return id;
	}

	public long getProviderId() {
		return providerId;
	}

	public String getName() {
		return name;
	}

	public String getPhone() {
		return phone;
	}

	public boolean isActive() {
		return active;
	}

}
