package cn.street.civil.disability.internal;

import java.time.LocalDate;

import cn.street.civil.shared.persistence.AuditedEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A registered person's 残疾人证: category and grade (from the number, which is not stored: it is the person's
 * 身份证号 plus these two digits), issue and review dates, whether long-term care is needed, employment and notes.
 * A 换证 with another category or grade updates it; a revoked certificate stays, with the date and reason.
 */
@Entity
@Table(name = "disability_certificate")
public class DisabilityCertificate extends AuditedEntity {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long personId;

	@Enumerated(EnumType.STRING)
	private DisabilityCategory category;

	private int grade;

	private LocalDate issuedOn;

	private LocalDate reviewOn;

	private boolean longTermCare;

	@Enumerated(EnumType.STRING)
	private Employment employment;

	private String notes;

	private LocalDate revokedOn;

	private String revokeReason;

	protected DisabilityCertificate() {
	}

	DisabilityCertificate(long personId, CertificateNumber number) {
		this.personId = personId;
		this.category = number.category();
		this.grade = number.grade();
	}

	/** 换证: the number's category and grade. */
	void renumber(CertificateNumber number) {
		this.category = number.category();
		this.grade = number.grade();
	}

	void describe(LocalDate issuedOn, LocalDate reviewOn, boolean longTermCare, Employment employment, String notes) {
		this.issuedOn = issuedOn;
		this.reviewOn = reviewOn;
		this.longTermCare = longTermCare;
		this.employment = employment;
		this.notes = notes == null || notes.isBlank() ? null : notes.strip();
	}

	void revoke(LocalDate on, String reason) {
		if (revokedOn != null) {
			throw new cn.street.civil.shared.web.BusinessRuleException("disability.revoke.already");
		}
		this.revokedOn = on;
		this.revokeReason = reason.strip();
	}

	public boolean valid() {
		return revokedOn == null;
	}

	public Long getId() {
		return id;
	}

	public long getPersonId() {
		return personId;
	}

	public DisabilityCategory getCategory() {
		return category;
	}

	public int getGrade() {
		return grade;
	}

	public LocalDate getIssuedOn() {
		return issuedOn;
	}

	public LocalDate getReviewOn() {
		return reviewOn;
	}

	public boolean isLongTermCare() {
		return longTermCare;
	}

	public Employment getEmployment() {
		return employment;
	}

	public String getNotes() {
		return notes;
	}

	public LocalDate getRevokedOn() {
		return revokedOn;
	}

	public String getRevokeReason() {
		return revokeReason;
	}

}
