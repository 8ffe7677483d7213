package cn.street.civil.elderly.allowance;

import java.time.LocalDate;
import java.time.YearMonth;

import cn.street.civil.shared.persistence.AuditedEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A person's 高龄补贴 from {@code firstMonth} until {@code stopMonth} (exclusive, null while in payment). Amount and
 * tier are never stored: they follow from the birth date and the dated standards of each month.
 */
@Entity
@Table(name = "age_allowance_enrolment")
public class AgeAllowanceEnrolment extends AuditedEntity {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long personId;

	private long householdId;

	private LocalDate eligibleFrom;

	private LocalDate firstMonth;

	@Enumerated(EnumType.STRING)
	private BackpayReason backpayReason;

	private String backpayNote;

	private LocalDate survivalCheckedOn;

	private String accountTail;

	private LocalDate confirmedOn;

	private String confirmedBy;

	private LocalDate stopMonth;

	@Enumerated(EnumType.STRING)
	private StopReason stopReason;

	private String stopNote;

	private String stoppedBy;

	protected AgeAllowanceEnrolment() {
	}

	AgeAllowanceEnrolment(long personId, long householdId, YearMonth eligibleFrom, YearMonth firstMonth,
			BackpayReason backpayReason, String backpayNote, LocalDate survivalCheckedOn, String accountTail,
			LocalDate confirmedOn, String confirmedBy) {
		this.personId = personId;
		this.householdId = householdId;
		this.eligibleFrom = eligibleFrom.atDay(1);
		this.firstMonth = firstMonth.atDay(1);
		this.backpayReason = backpayReason;
		this.backpayNote = backpayNote;
		this.survivalCheckedOn = survivalCheckedOn;
		this.accountTail = accountTail;
		this.confirmedOn = confirmedOn;
		this.confirmedBy = confirmedBy;
	}

	/** Stops the allowance from {@code month} on (never before its first month). */
	void stop(YearMonth month, StopReason reason, String note, String by) {
		YearMonth from = month.isBefore(getFirstMonth()) ? getFirstMonth() : month;
		this.stopMonth = from.atDay(1);
		this.stopReason = reason;
		this.stopNote = note;
		this.stoppedBy = by;
	}

	/** Still paying in or after {@code month}. */
	public boolean paysFrom(YearMonth month) {
		return stopMonth == null || YearMonth.from(stopMonth).isAfter(month);
	}

	public Long getId() {
		return id;
	}

	public long getPersonId() {
		return personId;
	}

	public long getHouseholdId() {
		return householdId;
	}

	public YearMonth getEligibleFrom() {
		return YearMonth.from(eligibleFrom);
	}

	public YearMonth getFirstMonth() {
		return YearMonth.from(firstMonth);
	}

	public BackpayReason getBackpayReason() {
		return backpayReason;
	}

	public String getBackpayNote() {
		return backpayNote;
	}

	public LocalDate getSurvivalCheckedOn() {
		return survivalCheckedOn;
	}

	public String getAccountTail() {
		return accountTail;
	}

	public LocalDate getConfirmedOn() {
		return confirmedOn;
	}

	public String getConfirmedBy() {
		return confirmedBy;
	}

	public YearMonth getStopMonth() {
		return stopMonth == null ? null : YearMonth.from(stopMonth);
	}

	public StopReason getStopReason() {
		return stopReason;
	}

	public String getStopNote() {
		return stopNote;
	}

	public String getStoppedBy() {
		return stoppedBy;
	}

}
