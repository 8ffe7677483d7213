package cn.street.civil.elderly.homecare;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ProviderRepository extends JpaRepository<Provider, Long> {

	List<Provider> findAllByOrderByActiveDescNameAsc();

	boolean existsByName(String name);

}
