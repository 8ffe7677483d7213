package cn.street.civil.assistance.tekun;

import org.springframework.data.jpa.repository.JpaRepository;

interface TekunCaseRepository extends JpaRepository<TekunCase, Long> {
}
