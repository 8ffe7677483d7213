package cn.street.civil.household.internal;

import java.time.LocalDate;

import cn.street.civil.household.PersonStatus;
import cn.street.civil.shared.crypto.SensitiveDataProtector;
import cn.street.civil.shared.idcard.IdCardNumber;
import cn.street.civil.shared.idcard.Sex;
import cn.street.civil.shared.persistence.AuditedEntity;
import cn.street.civil.shared.privacy.Masking;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A registered resident, identified by 身份证号. The number is kept encrypted; birth date and sex are
 * derived from it and never typed separately.
 */
@Entity
@Table(name = "person")
public class Person extends AuditedEntity {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String name;

	private String idNoCipher;

	private String idNoHash;

	private String idNoPrefix;

	private String idNoTail;

	private LocalDate birthDate;

	@Enumerated(EnumType.STRING)
	private Sex sex;

	private String ethnicity;

	private String phone;

	@Enumerated(EnumType.STRING)
	private MaritalStatus maritalStatus;

	@Enumerated(EnumType.STRING)
	private Employment employment;

	private String healthNotes;

	@Enumerated(EnumType.STRING)
	private PersonStatus status = PersonStatus.ACTIVE;

	private LocalDate statusDate;

	private String statusReason;

	private long communityId;

	protected Person() {
	}

	Person(IdCardNumber idNumber, SensitiveDataProtector protector, PersonDetails details, long communityId) {
		setIdNumber(idNumber, protector);
		update(details);
		this.communityId = communityId;
	}

	/** Corrects the 身份证号; birth date and sex follow it. */
	void setIdNumber(IdCardNumber idNumber, SensitiveDataProtector protector) {
		this.idNoCipher = protector.encrypt(idNumber.value());
		this.idNoHash = protector.blindIndex(idNumber.value());
		this.idNoPrefix = idNumber.areaCode();
		this.idNoTail = idNumber.suffix(6);
		this.birthDate = idNumber.birthDate();
		this.sex = idNumber.sex();
	}

	void update(PersonDetails details) {
		this.name = details.name();
		this.ethnicity = details.ethnicity();
		this.phone = details.phone();
		this.maritalStatus = details.maritalStatus();
		this.employment = details.employment();
		this.healthNotes = details.healthNotes();
	}

	void moveToCommunity(long communityId) {
		this.communityId = communityId;
	}

	void markDeceased(LocalDate date, String reason) {
		endLife(PersonStatus.DECEASED, date, reason);
	}

	void markMovedOut(LocalDate date, String reason) {
		endLife(PersonStatus.MOVED_OUT, date, reason);
	}

	private void endLife(PersonStatus newStatus, LocalDate date, String reason) {
		if (status != PersonStatus.ACTIVE) {
			throw new IllegalStateException("person " + id + " is already " + status);
		}
		this.status = newStatus;
		this.statusDate = date;
		this.statusReason = reason;
	}

	PersonDetails details() {
		return new PersonDetails(name, ethnicity, phone, maritalStatus, employment, healthNotes);
	}

	/** 370102********1234: area code, eight stars, last four. */
	public String getMaskedIdNumber() {
		return Masking.idNumber(idNoPrefix, idNoTail);
	}

	/** 138****5678: the full phone only through the audited reveal. */
	public String getMaskedPhone() {
		return Masking.phone(phone);
	}

	String decryptIdNumber(SensitiveDataProtector protector) {
		return protector.decrypt(idNoCipher);
	}

	public int ageOn(LocalDate date) {
		return birthDate.isAfter(date) ? 0 : java.time.Period.between(birthDate, date).getYears();
	}

	public Long getId() {
		return id;
	}

	public String getName() {
		return name;
	}

	String getIdNoHash() {
		return idNoHash;
	}

	public LocalDate getBirthDate() {
		return birthDate;
	}

	public Sex getSex() {
		return sex;
	}

	public String getEthnicity() {
		return ethnicity;
	}

	public String getPhone() {
		return phone;
	}

	public MaritalStatus getMaritalStatus() {
		return maritalStatus;
	}

	public Employment getEmployment() {
		return employment;
	}

	public String getHealthNotes() {
		return healthNotes;
	}

	public PersonStatus getStatus() {
		return status;
	}

	public LocalDate getStatusDate() {
		return statusDate;
	}

	public String getStatusReason() {
		return statusReason;
	}

	public long getCommunityId() {
		return communityId;
	}

	public boolean isActive() {
		return status == PersonStatus.ACTIVE;
	}

}
