package cn.street.civil.elderly.roster;

import cn.street.civil.shared.persistence.AuditedEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** What a caseworker adds to a 60+ person of the registry: 独居/空巢 and the emergency contact. */
@Entity
@Table(name = "elderly_profile")
public class ElderlyProfile extends AuditedEntity {

	@Id
	private Long personId;

	private boolean livesAlone;

	private boolean emptyNest;

	private String contactName;

	private String contactRelation;

	private String contactPhone;

	private String note;

	protected ElderlyProfile() {
	}

	public ElderlyProfile(long personId) {
		this.personId = personId;
	}

	void update(boolean livesAlone, boolean emptyNest, String contactName, String contactRelation, String contactPhone,
			String note) {
		this.livesAlone = livesAlone;
		this.emptyNest = emptyNest;
		this.contactName = contactName;
		this.contactRelation = contactRelation;
		this.contactPhone = contactPhone;
		this.note = note;
	}

	public Long getPersonId() {
		return personId;
	}

	public boolean isLivesAlone() {
		return livesAlone;
	}

	public boolean isEmptyNest() {
		return emptyNest;
	}

	public String getContactName() {
		return contactName;
	}

	public String getContactRelation() {
		return contactRelation;
	}

	public String getContactPhone() {
		return contactPhone;
	}

	public String getNote() {
		return note;
	}

}
