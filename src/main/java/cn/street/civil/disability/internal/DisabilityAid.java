package cn.street.civil.disability.internal;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A rehabilitation aid (辅助器具) issued to a certificate holder: what, when, who recorded it. Never edited. */
@Entity
@Table(name = "disability_aid")
public class DisabilityAid {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long certificateId;

	private String item;

	private LocalDate issuedOn;

	private String note;

	private String recordedBy;

	private Instant recordedAt;

	protected DisabilityAid() {
	}

	DisabilityAid(long certificateId, String item, LocalDate issuedOn, String note, String recordedBy, Instant recordedAt) {
		this.certificateId = certificateId;
		this.item = item.strip();
		this.issuedOn = issuedOn;
		this.note = note == null || note.isBlank() ? null : note.strip();
		this.recordedBy = recordedBy;
		this.recordedAt = recordedAt;
	}

	public Long getId() {
		return id;
	}

	public long getCertificateId() {
		return certificateId;
	}

	public String getItem() {
		return item;
	}

	public LocalDate getIssuedOn() {
		return issuedOn;
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
