package cn.street.civil.shared.audit;

/** A plain audit event for actions that need no event type of their own. */
public record AuditRecord(String module, String action, String objectType, String objectId, Long communityId,
		String summary, String details) implements AuditableEvent {

	public static AuditRecord of(String module, String action, String objectType, Object objectId, Long communityId,
			String summary) {
		return new AuditRecord(module, action, objectType, objectId == null ? null : String.valueOf(objectId),
				communityId, summary, null);
	}

	public AuditRecord withDetails(String details) {
		return new AuditRecord(module, action, objectType, objectId, communityId, summary, details);
	}

}
