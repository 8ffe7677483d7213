package cn.street.civil.household.importing;

import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.LocalDate;

import cn.street.civil.shared.audit.AuditRecord;
import cn.street.civil.shared.excel.ExcelImportException;
import cn.street.civil.shared.excel.ImportLimits;
import cn.street.civil.shared.excel.ImportedSheet;
import cn.street.civil.shared.excel.XlsxImport;
import cn.street.civil.shared.security.CurrentUser;
import cn.street.civil.shared.security.DataScope;
import cn.street.civil.shared.security.Role;
import cn.street.civil.shared.security.Roles;
import cn.street.civil.shared.web.BusinessRuleException;
import cn.street.civil.shared.web.NotFoundException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 户籍台账导入: upload and check a ledger (kept as PREVIEWED), then import every household whose rows all
 * passed in one transaction, or discard it. The file is checked again at commit, against the database as
 * it is then. Only the uploader or a street caseworker decides; others outside the import's community get
 * 404.
 */
@Service
@Transactional
@PreAuthorize(Roles.CASE_WRITE)
class HouseholdImportService {

	private final HouseholdImportRepository imports;

	private final ImportRowValidator validator;

	private final ImportedHouseholdWriter writer;

	private final ImportLabels labels;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	HouseholdImportService(HouseholdImportRepository imports, ImportRowValidator validator,
			ImportedHouseholdWriter writer, ImportLabels labels, ApplicationEventPublisher events, Clock clock) {
		this.imports = imports;
		this.validator = validator;
		this.writer = writer;
		this.labels = labels;
		this.events = events;
		this.clock = clock;
	}

	/** Checks the file and keeps it for confirmation; returns the import's id. */
	long upload(String fileName, byte[] content, CurrentUser user) {
		Long community = uploaderCommunity(user);
		DataScope rowScope = community == null ? DataScope.ALL : DataScope.only(community);
		ImportPreview preview = validator.check(read(content), rowScope);
		String name = cleanFileName(fileName);
		HouseholdImport upload = imports
			.save(new HouseholdImport(name, content, preview, user.getUsername(), clock.instant(), community));
		events.publishEvent(AuditRecord.of("household", "IMPORT_PREVIEW", "HouseholdImport", upload.getId(), community,
				labels.message("import.audit.preview", name))
			.withDetails(counts(preview)));
		return upload.getId();
	}

	@PreAuthorize(Roles.CASE_READ)
	@Transactional(readOnly = true)
	Page<ImportLogRow> log(Pageable pageable, CurrentUser user) {
		DataScope scope = user.scope();
		return imports.findLog(scope.all(), scope.idsForQuery(), pageable);
	}

	/** The import and, while it waits for confirmation, its file checked against today's database. */
	@PreAuthorize(Roles.CASE_READ)
	@Transactional(readOnly = true)
	ImportView view(long id, CurrentUser user) {
		HouseholdImport upload = imports.findById(id)
			.filter(i -> i.visibleIn(user.scope()))
			.orElseThrow(() -> new NotFoundException("household import", id));
		ImportPreview preview = upload.isPreviewed() ? validator.check(read(upload.content()), upload.rowScope()) : null;
		return new ImportView(upload, preview, mayDecide(upload, user));
	}

	/** Imports every household whose rows all pass; all or nothing. */
	ImportPreview commit(long id, CurrentUser user) {
		HouseholdImport upload = lockForDecision(id, user);
		upload.requirePreviewed();
		ImportPreview preview = validator.check(read(upload.content()), upload.rowScope());
		if (preview.importable().isEmpty()) {
			throw new BusinessRuleException("import.nothing-to-commit");
		}
		LocalDate today = LocalDate.now(clock);
		String reason = labels.message("import.event.reason", String.valueOf(id));
		preview.importable().forEach(household -> writer.write(household, reason, today));
		upload.commit(preview, clock.instant());
		imports.flush();
		events.publishEvent(AuditRecord.of("household", "IMPORT_COMMIT", "HouseholdImport", id,
				upload.getScopeCommunityId(), labels.message("import.audit.commit", upload.getFileName(),
						String.valueOf(preview.importableHouseholds()), String.valueOf(preview.importablePersons())))
			.withDetails(counts(preview)));
		return preview;
	}

	void discard(long id, CurrentUser user) {
		HouseholdImport upload = lockForDecision(id, user);
		upload.discard();
		imports.flush();
		events.publishEvent(AuditRecord.of("household", "IMPORT_DISCARD", "HouseholdImport", id,
				upload.getScopeCommunityId(), labels.message("import.audit.discard", upload.getFileName())));
	}

	private HouseholdImport lockForDecision(long id, CurrentUser user) {
		HouseholdImport upload = imports.findForUpdate(id)
			.filter(i -> i.visibleIn(user.scope()))
			.orElseThrow(() -> new NotFoundException("household import", id));
		if (!mayDecide(upload, user)) {
			throw new BusinessRuleException("import.not-uploader");
		}
		return upload;
	}

	static boolean mayDecide(HouseholdImport upload, CurrentUser user) {
		return user.role() == Role.STREET_CASEWORKER
				|| (user.role() == Role.COMMUNITY_CASEWORKER && user.getUsername().equals(upload.getUploadedBy()));
	}

	/** A community caseworker imports into their own community only; a street caseworker into any. */
	private static Long uploaderCommunity(CurrentUser user) {
		if (user.scope().all()) {
			return null;
		}
		Long own = user.scope().singleCommunity();
		if (own == null) {
			throw new BusinessRuleException("household.community.required");
		}
		return own;
	}

	private static ImportedSheet read(byte[] content) {
		if (content == null || content.length == 0) {
			throw new BusinessRuleException("import.file.required");
		}
		try {
			return XlsxImport.read(new ByteArrayInputStream(content), ImportLimits.standard());
		}
		catch (ExcelImportException ex) {
			throw new BusinessRuleException("import.file.rejected", ex.getMessage());
		}
	}

	/** The name as uploaded without any path, control characters or excess length. */
	static String cleanFileName(String fileName) {
		String name = fileName == null ? "" : fileName.replaceAll("^.*[/\\\\]", "").replaceAll("\\p{Cntrl}", "").strip();
		if (name.isEmpty()) {
			name = "upload.xlsx";
		}
		return name.length() > 200 ? name.substring(name.length() - 200) : name;
	}

	private String counts(ImportPreview preview) {
		return labels.message("import.audit.counts", String.valueOf(preview.totalRows()),
				String.valueOf(preview.errorRows()), String.valueOf(preview.heldRows()),
				String.valueOf(preview.importableHouseholds()), String.valueOf(preview.importablePersons()));
	}

	/** What the import page shows; {@code preview} is null once the import is committed or discarded. */
	record ImportView(HouseholdImport upload, ImportPreview preview, boolean mayDecide) {
	}

}
