package cn.street.civil.household.importing;

import java.time.Instant;

import cn.street.civil.shared.security.DataScope;
import cn.street.civil.shared.web.BusinessRuleException;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * One upload of a legacy household ledger. The file is kept (bytea) while the import waits for
 * confirmation and cleared once it is committed or discarded; the counts stay as the import log.
 * {@code scopeCommunityId} is the uploader's community (null for a street caseworker): it bounds both the
 * rows that may be imported and who may see the import.
 */
@Entity
@Table(name = "household_import")
class HouseholdImport {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String fileName;

	private byte[] content;

	@Enumerated(EnumType.STRING)
	private ImportStatus status;

	private int totalRows;

	private int errorRows;

	private int households;

	private int persons;

	private String uploadedBy;

	private Instant uploadedAt;

	private Instant committedAt;

	private Long scopeCommunityId;

	@Version
	private long version;

	protected HouseholdImport() {
	}

	HouseholdImport(String fileName, byte[] content, ImportPreview preview, String uploadedBy, Instant uploadedAt,
			Long scopeCommunityId) {
		this.fileName = fileName;
		this.content = content;
		this.status = ImportStatus.PREVIEWED;
		this.uploadedBy = uploadedBy;
		this.uploadedAt = uploadedAt;
		this.scopeCommunityId = scopeCommunityId;
		count(preview);
	}

	void commit(ImportPreview preview, Instant at) {
		requirePreviewed();
		count(preview);
		this.status = ImportStatus.COMMITTED;
		this.committedAt = at;
		this.content = null;
	}

	void discard() {
		requirePreviewed();
		this.status = ImportStatus.DISCARDED;
		this.content = null;
	}

	void requirePreviewed() {
		if (status == ImportStatus.COMMITTED) {
			throw new BusinessRuleException("import.already-committed");
		}
		if (status == ImportStatus.DISCARDED) {
			throw new BusinessRuleException("import.already-discarded");
		}
	}

	private void count(ImportPreview preview) {
		this.totalRows = preview.totalRows();
		this.errorRows = preview.errorRows();
		this.households = preview.importableHouseholds();
		this.persons = preview.importablePersons();
	}

	/** The communities the rows of this import may belong to. */
	DataScope rowScope() {
		return scopeCommunityId == null ? DataScope.ALL : DataScope.only(scopeCommunityId);
	}

	/** Whether the user may see this import: a community caseworker only their own community's. */
	boolean visibleIn(DataScope scope) {
		return scope.all() || scope.includes(scopeCommunityId);
	}

	byte[] content() {
		return content;
	}

	public Long getId() {
		return id;
	}

	public String getFileName() {
		return fileName;
	}

	public ImportStatus getStatus() {
		return status;
	}

	public boolean isPreviewed() {
		return status == ImportStatus.PREVIEWED;
	}

	public int getTotalRows() {
		return totalRows;
	}

	public int getErrorRows() {
		return errorRows;
	}

	public int getHouseholds() {
		return households;
	}

	public int getPersons() {
		return persons;
	}

	public String getUploadedBy() {
		return uploadedBy;
	}

	public Instant getUploadedAt() {
		return uploadedAt;
	}

	public Instant getCommittedAt() {
		return committedAt;
	}

	public Long getScopeCommunityId() {
		return scopeCommunityId;
	}

	public long getVersion() {
		return version;
	}

}
