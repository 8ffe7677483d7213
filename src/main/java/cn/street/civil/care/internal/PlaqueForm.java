package cn.street.civil.care.internal;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

/** Hanging a 光荣牌 or replacing one: on whose basis, when, by whom; the reason of a replacement. */
public class PlaqueForm {

	private Long recipientId;

	@NotNull(message = "{care.plaque.hung-on.required}")
	@PastOrPresent(message = "{care.plaque.hung-on.future}")
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate hungOn;

	@NotBlank(message = "{care.plaque.hung-by.required}")
	@Size(max = 50, message = "{care.plaque.hung-by.size}")
	private String hungBy;

	@Size(max = 200, message = "{care.plaque.reason.size}")
	private String reason;

	public Long getRecipientId() {
		return recipientId;
	}

	public void setRecipientId(Long recipientId) {
		this.recipientId = recipientId;
	}

	public LocalDate getHungOn() {
		return hungOn;
	}

	public void setHungOn(LocalDate hungOn) {
		this.hungOn = hungOn;
	}

	public String getHungBy() {
		return hungBy;
	}

	public void setHungBy(String hungBy) {
		this.hungBy = hungBy;
	}

	public String getReason() {
		return reason;
	}

	public void setReason(String reason) {
		this.reason = reason;
	}

}
