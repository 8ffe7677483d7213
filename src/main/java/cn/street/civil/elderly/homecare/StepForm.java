package cn.street.civil.elderly.homecare;

import java.time.LocalDateTime;

import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * One step of an order: the worker (派单), the time (签到/签退, office time), the signer (确认), the satisfaction and a
 * note (回访), the reason (取消); each step reads its fields. {@code version} is the order version seen.
 */
public record StepForm(Long workerId, @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime at,
		@Size(max = 50, message = "{homecare.signer.size}") String signer, Satisfaction satisfaction,
		@Size(max = 200, message = "{homecare.size200}") String note, Long version) {

	long versionSeen() {
		return version == null ? -1 : version;
	}

}
