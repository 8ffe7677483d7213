package cn.street.civil.standard.internal;

import java.util.List;

import cn.street.civil.standard.StandardParameter;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface StandardValueRepository extends JpaRepository<StandardValue, Long> {

	/** The approved rows of one item, earliest first. */
	@Query("""
			select v from StandardValue v
			where v.parameter = :parameter and coalesce(v.dimension, '') = :dimension and v.status = :status
			order by v.validFrom, v.id
			""")
	List<StandardValue> findByItem(@Param("parameter") StandardParameter parameter,
			@Param("dimension") String dimension, @Param("status") StandardStatus status);

	default List<StandardValue> approved(StandardItem item) {
		return findByItem(item.parameter(), item.dimensionKey(), StandardStatus.APPROVED);
	}

	default List<StandardValue> pending(StandardItem item) {
		return findByItem(item.parameter(), item.dimensionKey(), StandardStatus.PENDING);
	}

	long countByStatusAndCreatedByNot(StandardStatus status, String username);

}
