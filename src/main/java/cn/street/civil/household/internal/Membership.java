package cn.street.civil.household.internal;

import java.time.Instant;
import java.time.LocalDate;

import cn.street.civil.household.Relation;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.springframework.data.annotation.CreatedBy;
import org.springframework.data.annotation.CreatedDate;
import org.springframework.data.jpa.domain.support.AuditingEntityListener;

/**
 * One period of a person in a household, with the relation to the head. Periods are closed, never
 * rewritten: a relation change closes the period and opens a new one.
 */
@Entity
@Table(name = "household_membership")
@EntityListeners(AuditingEntityListener.class)
public class Membership {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long householdId;

	private long personId;

	@Enumerated(EnumType.STRING)
	private Relation relation;

	private LocalDate validFrom;

	private LocalDate validTo;

	@Enumerated(EnumType.STRING)
	private MembershipEndReason endReason;

	@CreatedDate
	@Column(nullable = false, updatable = false)
	private Instant createdAt;

	@CreatedBy
	@Column(nullable = false, updatable = false)
	private String createdBy;

	protected Membership() {
	}

	public Membership(long householdId, long personId, Relation relation, LocalDate validFrom) {
		this.householdId = householdId;
		this.personId = personId;
		this.relation = relation;
		this.validFrom = validFrom;
	}

	void end(LocalDate date, MembershipEndReason reason) {
		this.validTo = date.isBefore(validFrom) ? validFrom : date;
		this.endReason = reason;
	}

	boolean isCurrent() {
		return validTo == null;
	}

	Long getId() {
		return id;
	}

	long getHouseholdId() {
		return householdId;
	}

	long getPersonId() {
		return personId;
	}

	Relation getRelation() {
		return relation;
	}

	LocalDate getValidFrom() {
		return validFrom;
	}

}
