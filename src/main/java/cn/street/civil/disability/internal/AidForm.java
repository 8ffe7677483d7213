package cn.street.civil.disability.internal;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A rehabilitation aid issued: what and when. */
public class AidForm {

	@NotBlank(message = "{disability.aid.item.required}")
	@Size(max = 100, message = "{disability.aid.item.size}")
	private String item;

	@NotNull(message = "{disability.aid.issued-on.required}")
	private LocalDate issuedOn;

	@Size(max = 200, message = "{disability.aid.note.size}")
	private String note;

	public String getItem() {
		return item;
	}

	public void setItem(String item) {
		this.item = item;
	}

	public LocalDate getIssuedOn() {
		return issuedOn;
	}

	public void setIssuedOn(LocalDate issuedOn) {
		this.issuedOn = issuedOn;
	}

	public String getNote() {
		return note;
	}

	public void setNote(String note) {
		this.note = note;
	}

}
