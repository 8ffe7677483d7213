package cn.street.civil.payout.batch;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;

/**
 * A batch in a list. For a community caseworker the figures are those of their community's lines only
 * ({@code scoped}); the street sees the batch's own totals.
 */
public record BatchRow(long id, String programme, YearMonth month, BatchKind kind, Long originalBatchId,
		BatchState state, long lines, long households, long persons, BigDecimal amount, int blocking, int warnings,
		int added, int changed, int stopped, String generatedBy, String submittedBy, String approvedBy,
		String reason) {

	static BatchRow of(ResultSet rs, boolean street) throws SQLException {
		boolean own = street || rs.getObject("scoped_lines") == null;
		return new BatchRow(rs.getLong("id"), rs.getString("programme"),
				YearMonth.from(rs.getObject("month", LocalDate.class)), BatchKind.valueOf(rs.getString("kind")),
				(Long) rs.getObject("original_batch_id"), BatchState.valueOf(rs.getString("state")),
				own ? rs.getLong("line_count") : rs.getLong("scoped_lines"),
				own ? rs.getLong("household_count") : rs.getLong("scoped_households"),
				own ? rs.getLong("person_count") : rs.getLong("scoped_persons"),
				(own ? rs.getBigDecimal("total_amount") : rs.getBigDecimal("scoped_amount")).setScale(2),
				rs.getInt("blocking_count"), rs.getInt("warning_count"), rs.getInt("new_count"),
				rs.getInt("changed_count"), rs.getInt("stopped_count"), rs.getString("generated_by"),
				rs.getString("submitted_by"), rs.getString("approved_by"), rs.getString("reason"));
	}

}
