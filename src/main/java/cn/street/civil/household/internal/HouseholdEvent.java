package cn.street.civil.household.internal;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One line of a household's history: what changed, on which date, who recorded it and why. */
@Entity
@Table(name = "household_event")
public class HouseholdEvent {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long householdId;

	private Long personId;

	@Enumerated(EnumType.STRING)
	private HouseholdEventType eventType;

	private LocalDate eventDate;

	private String reason;

	private String details;

	private Instant recordedAt;

	private String recordedBy;

	protected HouseholdEvent() {
	}

	HouseholdEvent(long householdId, Long personId, HouseholdEventType eventType, LocalDate eventDate, String reason,
			String details, Instant recordedAt, String recordedBy) {
		this.householdId = householdId;
		this.personId = personId;
		this.eventType = eventType;
		this.eventDate = eventDate;
		this.reason = reason;
		this.details = details;
		this.recordedAt = recordedAt;
		this.recordedBy = recordedBy;
	}

}
