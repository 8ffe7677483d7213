package cn.street.civil.assistance.casework;

import java.time.LocalDate;

import cn.street.civil.household.Relation;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** A member of the household the case covers (保障对象), as they stood on the application day. */
@Embeddable
public class CoveredMember {

	@Column(name = "person_id")
	private long personId;

	private String name;

	@Enumerated(EnumType.STRING)
	private Relation relation;

	private LocalDate birthDate;

	protected CoveredMember() {
	}

	public CoveredMember(long personId, String name, Relation relation, LocalDate birthDate) {
		this.personId = personId;
		this.name = name;
		this.relation = relation;
		this.birthDate = birthDate;
	}

	public long getPersonId() {
		return personId;
	}

	public String getName() {
		return name;
	}

	public Relation getRelation() {
		return relation;
	}

	public LocalDate getBirthDate() {
		return birthDate;
	}

}
