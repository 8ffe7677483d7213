package cn.street.civil.shared.audit;

/**
 * An event that lands in the audit trail. Published synchronously inside the business transaction,
 * so the audit row commits or rolls back together with the change. Sensitive values in
 * {@link #details()} must already be masked.
 */
public interface AuditableEvent {

	/** Owning module, e.g. {@code household}. */
	String module();

	/** What happened, e.g. {@code CREATE}, {@code UPDATE}, {@code EXPORT}, {@code REVEAL}. */
	String action();

	/** The kind of record, e.g. {@code Household}. */
	String objectType();

	/** The record's id, or null for actions on no single record (an export). */
	String objectId();

	/** Community the record belongs to, if any (lets the trail be filtered by community). */
	Long communityId();

	/** One line a person reads, e.g. "新建户 0101-00012（户主 张三）". */
	String summary();

	/** Changed fields (old → new) or other detail; may be null. */
	String details();

}
