package cn.street.civil.elderly.homecare;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ServiceItemRepository extends JpaRepository<ServiceItem, Long> {

	List<ServiceItem> findAllByOrderByActiveDescCodeAsc();

	boolean existsByCode(String code);

}
