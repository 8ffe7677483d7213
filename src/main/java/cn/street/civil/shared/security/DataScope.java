package cn.street.civil.shared.security;

import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * Which communities' records a user may see. The one place that turns "current user" into "which
 * communities": every scoped query takes a {@code DataScope} parameter, and an id outside it is
 * answered with 404.
 *
 * @param all true for street-level roles (every community)
 * @param communityIds the communities when not {@code all}; empty means no case data at all
 */
public record DataScope(boolean all, Set<Long> communityIds) {

	public static final DataScope ALL = new DataScope(true, Set.of());

	public static final DataScope NONE = new DataScope(false, Set.of());

	public DataScope {
		communityIds = Set.copyOf(communityIds);
	}

	public static DataScope only(long communityId) {
		return new DataScope(false, Set.of(communityId));
	}

	public static DataScope of(Role role, Long communityId) {
		return switch (role) {
			case CHIEF, STREET_CASEWORKER -> ALL;
			case COMMUNITY_CASEWORKER -> communityId == null ? NONE : only(communityId);
			case ADMIN, AUDITOR -> NONE;
		};
	}

	public boolean includes(Long communityId) {
		return communityId != null && (all || communityIds.contains(communityId));
	}

	/**
	 * The ids for an SQL {@code community_id in (:ids)} clause used together with {@link #all()}:
	 * never empty (PostgreSQL rejects {@code in ()}), an impossible id stands for "none".
	 */
	public Collection<Long> idsForQuery() {
		return communityIds.isEmpty() ? List.of(-1L) : communityIds;
	}

	/** The single community of a community-bound user, if there is exactly one. */
	public Long singleCommunity() {
		return !all && communityIds.size() == 1 ? communityIds.iterator().next() : null;
	}

}
