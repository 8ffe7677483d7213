package cn.street.civil.elderly.homecare;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import cn.street.civil.shared.security.DataScope;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface ServiceOrderRepository extends JpaRepository<ServiceOrder, Long> {

	/** The worker's orders (not cancelled) whose planned time overlaps [start, end), other than {@code exceptId}. */
	@Query("""
			select o from ServiceOrder o where o.workerId = :workerId and o.status <> cn.street.civil.elderly.homecare.OrderStatus.CANCELLED
			and o.plannedStart < :end and o.plannedEnd > :start and o.id <> :exceptId order by o.plannedStart""")
	List<ServiceOrder> overlapping(long workerId, Instant start, Instant end, long exceptId);

	/** Minutes counted against the elder's quota in a month: served minutes, else planned (cancelled not counted). */
	@Query(value = """
			select coalesce(sum(coalesce(o.minutes, (extract(epoch from (o.planned_end - o.planned_start)) / 60)::int)), 0)
			from home_care_order o where o.person_id = :personId and o.service_month = :month and o.status <> 'CANCELLED'
			  and o.id <> :exceptId""", nativeQuery = true)
	long minutesInMonth(long personId, LocalDate month, long exceptId);

	/** The elder's orders not yet served (planned or dispatched) starting at or after {@code from}. */
	@Query("""
			select o from ServiceOrder o where o.personId = :personId and o.plannedStart >= :from
			and o.status in (cn.street.civil.elderly.homecare.OrderStatus.PLANNED, cn.street.civil.elderly.homecare.OrderStatus.DISPATCHED)""")
	List<ServiceOrder> openAfter(long personId, Instant from);

	/** The order if the scope covers its community; otherwise empty (→ 404). */
	default Optional<ServiceOrder> findInScope(long id, DataScope scope) {
		return findById(id).filter(o -> scope.includes(o.getCommunityId()));
	}

}
