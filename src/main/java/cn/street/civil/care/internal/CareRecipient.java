package cn.street.civil.care.internal;

import java.time.LocalDate;
import java.time.YearMonth;

import cn.street.civil.shared.persistence.AuditedEntity;
import cn.street.civil.shared.web.BusinessRuleException;
import cn.street.civil.shared.web.FieldRuleException;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A 优抚对象: a registered person in one category with the certificate number, for a 残疾军人 the grade (一级–十级)
 * and nature; paid from {@code sinceMonth} until {@code stoppedFrom} (exclusive). A death stops it from the next
 * month and makes the one-off 丧葬补助 due.
 */
@Entity
@Table(name = "care_recipient")
public class CareRecipient extends AuditedEntity {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long personId;

	@Enumerated(EnumType.STRING)
	private CareCategory category;

	private String certificateNo;

	private Integer disabilityGrade;

	@Enumerated(EnumType.STRING)
	private DisabilityNature disabilityNature;

	private LocalDate sinceMonth;

	private LocalDate stoppedFrom;

	@Enumerated(EnumType.STRING)
	private StopReason stopReason;

	private String stopNote;

	private LocalDate diedOn;

	private String funeralGrant;

	private LocalDate funeralGrantDoneOn;

	private String funeralGrantBy;

	private String notes;

	protected CareRecipient() {
	}

	CareRecipient(long personId, CareCategory category, String certificateNo, Integer grade, DisabilityNature nature,
			YearMonth since, String notes) {
		if (category == CareCategory.DISABLED_VETERAN) {
			if (grade == null || grade < 1 || grade > 10) {
				throw new FieldRuleException("disabilityGrade", "care.grade.required");
			}
			if (nature == null) {
				throw new FieldRuleException("disabilityNature", "care.nature.required");
			}
			if (nature == DisabilityNature.ILLNESS && grade > DisabilityNature.ILLNESS_MAX_GRADE) {
				throw new FieldRuleException("disabilityNature", "care.nature.illness-grades",
						DisabilityNature.ILLNESS_MAX_GRADE);
			}
		}
		this.personId = personId;
		this.category = category;
		this.certificateNo = certificateNo.strip();
		this.disabilityGrade = category == CareCategory.DISABLED_VETERAN ? grade : null;
		this.disabilityNature = category == CareCategory.DISABLED_VETERAN ? nature : null;
		this.sinceMonth = since.atDay(1);
		this.notes = notes == null || notes.isBlank() ? null : notes.strip();
	}

	/** The standard's dimension code of the monthly amount: "G6_DUTY" for a veteran, the category otherwise. */
	String standardCode() {
		return category == CareCategory.DISABLED_VETERAN ? "G" + disabilityGrade + "_" + disabilityNature
				: category.name();
	}

	void stop(YearMonth from, StopReason reason, String note) {
		if (stoppedFrom != null) {
			throw new BusinessRuleException("care.stop.already");
		}
		if (from.isBefore(YearMonth.from(sinceMonth))) {
			// stopped before it was ever paid (e.g. a death before the first month)
			from = YearMonth.from(sinceMonth);
		}
		this.stoppedFrom = from.atDay(1);
		this.stopReason = reason;
		this.stopNote = note == null || note.isBlank() ? null : note.strip();
	}

	/** The registry reported the death: stop from the month after and make the 丧葬补助 due. */
	void died(LocalDate on) {
		this.diedOn = on;
		if (stoppedFrom == null) {
			stop(YearMonth.from(on).plusMonths(1), StopReason.DEATH, null);
		}
		if (funeralGrant == null) {
			funeralGrant = "DUE";
		}
	}

	void funeralGrantPaid(LocalDate on, String by) {
		if (!"DUE".equals(funeralGrant)) {
			throw new BusinessRuleException("care.funeral.not-due");
		}
		this.funeralGrant = "PAID";
		this.funeralGrantDoneOn = on;
		this.funeralGrantBy = by;
	}

	public boolean paidIn(YearMonth month) {
		return !YearMonth.from(sinceMonth).isAfter(month)
				&& (stoppedFrom == null || YearMonth.from(stoppedFrom).isAfter(month));
	}

	public Long getId() {
		return id;
	}

	public long getPersonId() {
		return personId;
	}

	public CareCategory getCategory() {
		return category;
	}

	public String getCertificateNo() {
		return certificateNo;
	}

	public Integer getDisabilityGrade() {
		return disabilityGrade;
	}

	public DisabilityNature getDisabilityNature() {
		return disabilityNature;
	}

	public LocalDate getSinceMonth() {
		return sinceMonth;
	}

	public LocalDate getStoppedFrom() {
		return stoppedFrom;
	}

	public StopReason getStopReason() {
		return stopReason;
	}

	public String getStopNote() {
		return stopNote;
	}

	public LocalDate getDiedOn() {
		return diedOn;
	}

	public String getFuneralGrant() {
		return funeralGrant;
	}

	public LocalDate getFuneralGrantDoneOn() {
		return funeralGrantDoneOn;
	}

	public String getFuneralGrantBy() {
		return funeralGrantBy;
	}

	public String getNotes() {
		return notes;
	}

}
