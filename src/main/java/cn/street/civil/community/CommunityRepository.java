package cn.street.civil.community;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface CommunityRepository extends JpaRepository<Community, Long> {

	List<Community> findAllByOrderByActiveDescCodeAsc();

	Optional<Community> findByName(String name);

	Optional<Community> findByCode(String code);

	boolean existsByNameAndIdNot(String name, long id);

	boolean existsByCodeAndIdNot(String code, long id);

}
