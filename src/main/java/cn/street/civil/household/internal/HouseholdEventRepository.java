package cn.street.civil.household.internal;

import org.springframework.data.jpa.repository.JpaRepository;

public interface HouseholdEventRepository extends JpaRepository<HouseholdEvent, Long> {
}
