package cn.street.civil.community;

import cn.street.civil.shared.persistence.AuditedEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** 社区居委会: name, code, registered population (for coverage statistics), active flag. */
@Entity
@Table(name = "community")
class Community extends AuditedEntity {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String code;

	private String name;

	private int population;

	private boolean active = true;

	protected Community() {
	}

	Community(String code, String name, int population) {
		this.code = code;
		this.name = name;
		this.population = population;
	}

	void rename(String code, String name, int population) {
		this.code = code;
		this.name = name;
		this.population = population;
	}

	void setActive(boolean active) {
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

	public int getPopulation() {
		return population;
	}

	public boolean isActive() {
		return active;
	}

	CommunityRef toRef() {
		return new CommunityRef(id, code, name, active, population);
	}

}
