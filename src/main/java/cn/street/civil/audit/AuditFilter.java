package cn.street.civil.audit;

import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;

/** The auditor's search strip: user, date range, module, action, record. */
record AuditFilter(String username, @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to, String module, String action, String objectType,
		String objectId) {
}
