package cn.street.civil.elderly.roster;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One 老年人能力评估, dated; never edited (the table refuses updates). */
@Entity
@Table(name = "elderly_assessment")
public class ElderlyAssessment {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long personId;

	@Enumerated(EnumType.STRING)
	private AbilityLevel level;

	private LocalDate assessedOn;

	private String assessor;

	private String note;

	private String recordedBy;

	private Instant recordedAt;

	protected ElderlyAssessment() {
	}

	public ElderlyAssessment(long personId, AbilityLevel level, LocalDate assessedOn, String assessor, String note,
			String recordedBy, Instant recordedAt) {
		this.personId = personId;
		this.level = level;
		this.assessedOn = assessedOn;
		this.assessor = assessor;
		this.note = note;
		this.recordedBy = recordedBy;
		this.recordedAt = recordedAt;
	}

	public Long getId() {
		return id;
	}

	public long getPersonId() {
		return personId;
	}

	public AbilityLevel getLevel() {
		return level;
	}

	public LocalDate getAssessedOn() {
		return assessedOn;
	}

	public String getAssessor() {
		return assessor;
	}

	public String getNote() {
		return note;
	}

	public String getRecordedBy() {
		return recordedBy;
	}

	public Instant getRecordedAt() {
		return recordedAt;
	}

}
