package cn.street.civil.household.importing;

import java.util.Collection;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface HouseholdImportRepository extends JpaRepository<HouseholdImport, Long> {

	/**
	 * {@code select ... for update}: a second commit or discard of the same import waits for the first
	 * and then sees its outcome.
	 */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select i from HouseholdImport i where i.id = :id")
	Optional<HouseholdImport> findForUpdate(long id);

	/** The import log, newest first; {@code all} false restricts it to imports of the given communities. */
	@Query(value = """
			select new cn.street.civil.household.importing.ImportLogRow(i.id, i.fileName, i.status, i.totalRows, i.errorRows,
			       i.households, i.persons, i.uploadedBy, i.uploadedAt, i.committedAt)
			from HouseholdImport i where :all = true or i.scopeCommunityId in :communityIds
			order by i.uploadedAt desc, i.id desc""",
			countQuery = "select count(i) from HouseholdImport i where :all = true or i.scopeCommunityId in :communityIds")
	Page<ImportLogRow> findLog(boolean all, Collection<Long> communityIds, Pageable pageable);

}
