package cn.street.civil.household.importing;

import java.time.Instant;

/** A line of the import log: the file and its outcome, without the file itself. */
record ImportLogRow(long id, String fileName, ImportStatus status, int totalRows, int errorRows, int households,
		int persons, String uploadedBy, Instant uploadedAt, Instant committedAt) {
}
