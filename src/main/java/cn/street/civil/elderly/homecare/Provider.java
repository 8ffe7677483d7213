package cn.street.civil.elderly.homecare;

import cn.street.civil.shared.persistence.AuditedEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** 服务商: a provider the street buys home-care services from. */
@Entity
@Table(name = "home_care_provider")
public class Provider extends AuditedEntity {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String name;

	private String contact;

	private String phone;

	private boolean active = true;

	protected Provider() {
	}

	Provider(String name, String contact, String phone) {
		update(name, contact, phone, true);
	}

	void update(String name, String contact, String phone, boolean active) {
		this.name = name;
		this.contact = contact;
		this.phone = phone;
		this.active = active;
	}

	public Long getId() {
		return id;
	}

	public String getName() {
		return name;
	}

	public String getContact() {
		return contact;
	}

	public String getPhone() {
		return phone;
	}

	public boolean isActive() {
		return active;
	}

}
