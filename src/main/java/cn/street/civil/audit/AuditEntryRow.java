package cn.street.civil.audit;

import java.time.LocalDateTime;

/** One row of the audit trail as the auditor reads it. */
record AuditEntryRow(long id, LocalDateTime occurredAt, String username, String role, String ip, String userAgent,
		String module, String action, String objectType, String objectId, Long communityId, String summary,
		String details, boolean success) {
}
