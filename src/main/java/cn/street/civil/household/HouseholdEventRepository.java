package cn.street.civil.household;

import org.springframework.data.jpa.repository.JpaRepository;

interface HouseholdEventRepository extends JpaRepository<HouseholdEvent, Long> {
}
