package cn.street.civil.shared.persistence;

import org.springframework.orm.ObjectOptimisticLockingFailureException;

/**
 * Stale-edit check for forms: the form carries the version the user saw; if the record changed
 * since, the save is refused (shown as the 409 "changed by someone else" page) and nothing is lost.
 */
public final class OptimisticLock {

	private OptimisticLock() {
	}

	public static void check(AuditedEntity entity, long versionSeen, Object id) {
		if (entity.getVersion() != versionSeen) {
			throw new ObjectOptimisticLockingFailureException(entity.getClass(), id);
		}
	}

}
