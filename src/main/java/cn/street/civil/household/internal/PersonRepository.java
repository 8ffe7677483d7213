package cn.street.civil.household.internal;

import java.util.Optional;

import cn.street.civil.shared.security.DataScope;

import org.springframework.data.jpa.repository.JpaRepository;

public interface PersonRepository extends JpaRepository<Person, Long> {

	Optional<Person> findByIdNoHash(String idNoHash);

	Optional<Person> findByIdAndCommunityIdIn(long id, java.util.Collection<Long> communityIds);

	default Optional<Person> findInScope(long id, DataScope scope) {
		return scope.all() ? findById(id) : findByIdAndCommunityIdIn(id, scope.idsForQuery());
	}

}
