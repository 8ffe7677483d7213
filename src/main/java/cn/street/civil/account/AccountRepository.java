package cn.street.civil.account;

import java.time.Instant;
import java.util.Optional;

import cn.street.civil.shared.security.Role;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface AccountRepository extends JpaRepository<Account, Long> {

	Optional<Account> findByUsernameIgnoreCase(String username);

	boolean existsByUsernameIgnoreCase(String username);

	@Query("""
			select a from Account a
			where (:q is null or lower(a.username) like lower(concat('%', cast(:q as string), '%'))
			       or a.displayName like concat('%', cast(:q as string), '%'))
			  and (:role is null or a.role = :role)
			  and (:communityId is null or a.communityId = :communityId)
			""")
	Page<Account> search(@Param("q") String q, @Param("role") Role role, @Param("communityId") Long communityId,
			Pageable pageable);

	/**
	 * Counts a failed login atomically (concurrent failures must all count) and returns nothing; the
	 * lock itself is set by {@link #lockIfTooManyFailures}.
	 */
	@Modifying
	@Query("update Account a set a.failedAttempts = a.failedAttempts + 1 where lower(a.username) = lower(:username)")
	int countFailure(@Param("username") String username);

	@Modifying
	@Query("""
			update Account a set a.lockedUntil = :until, a.failedAttempts = 0
			where lower(a.username) = lower(:username) and a.failedAttempts >= :max
			""")
	int lockIfTooManyFailures(@Param("username") String username, @Param("max") int max,
			@Param("until") Instant until);

	@Modifying
	@Query("update Account a set a.failedAttempts = 0, a.lockedUntil = null, a.lastLoginAt = :now where a.id = :id")
	void recordSuccessfulLogin(@Param("id") long id, @Param("now") Instant now);

}
