package cn.street.civil.elderly.roster;

import org.springframework.data.jpa.repository.JpaRepository;

/** Profiles by person id; the scope is the person's, checked through the registry before any use. */
public interface ElderlyProfileRepository extends JpaRepository<ElderlyProfile, Long> {

}
