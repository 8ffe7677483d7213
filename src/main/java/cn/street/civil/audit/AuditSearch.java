package cn.street.civil.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.ZoneId;
import java.util.List;

import cn.street.civil.shared.persistence.RowCount;
import cn.street.civil.shared.security.CurrentUser;
import cn.street.civil.shared.security.Role;
import cn.street.civil.shared.web.Paging;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads the audit trail. The auditor sees everything; the admin only the account, community and login
 * entries (its own area), because the rest describes case data an admin has no role for.
 */
@Service
@Transactional(readOnly = true)
class AuditSearch {

	static final int EXPORT_LIMIT = 50_000;

	private static final ZoneId OFFICE_ZONE = ZoneId.of("Asia/Shanghai");

	private static final String WHERE = """
			where (cast(:username as text) is null or username = :username)
			  and (cast(:fromTs as timestamptz) is null or occurred_at >= :fromTs)
			  and (cast(:toTs as timestamptz) is null or occurred_at < :toTs)
			  and (cast(:module as text) is null or module = :module)
			  and (cast(:action as text) is null or action = :action)
			  and (cast(:objectType as text) is null or object_type = :objectType)
			  and (cast(:objectId as text) is null or object_id = :objectId)
			  and (:everything or module in ('account', 'community', 'login'))
			""";

	private final JdbcClient jdbc;

	AuditSearch(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@PreAuthorize("hasAnyRole('AUDITOR', 'ADMIN')")
	Page<AuditEntryRow> search(AuditFilter filter, Pageable pageable, CurrentUser reader) {
		// the trail only grows: beyond 1,000 entries the total is the planner's estimate, not a count of them all
		RowCount total = RowCount.withEstimate("from audit_entry " + WHERE, sql -> bind(jdbc.sql(sql), filter, reader));
		List<AuditEntryRow> rows = bind(
				jdbc.sql("select * from audit_entry " + WHERE + " order by occurred_at desc, id desc limit :limit offset :offset"),
				filter, reader)
			.param("limit", Paging.limitWithNext(pageable))
			.param("offset", pageable.getOffset())
			.query(AuditSearch::map)
			.list();
		return Paging.page(rows, pageable, total);
	}

	@PreAuthorize("hasAnyRole('AUDITOR', 'ADMIN')")
	List<AuditEntryRow> export(AuditFilter filter, CurrentUser reader) {
		return bind(jdbc.sql("select * from audit_entry " + WHERE + " order by occurred_at desc, id desc limit :limit"),
				filter, reader)
			.param("limit", EXPORT_LIMIT)
			.query(AuditSearch::map)
			.list();
	}

	private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec spec, AuditFilter f, CurrentUser reader) {
		return spec.param("username", blankToNull(f.username()))
			.param("fromTs", f.from() == null ? null : f.from().atStartOfDay(OFFICE_ZONE).toOffsetDateTime())
			.param("toTs", f.to() == null ? null : f.to().plusDays(1).atStartOfDay(OFFICE_ZONE).toOffsetDateTime())
			.param("module", blankToNull(f.module()))
			.param("action", blankToNull(f.action()))
			.param("objectType", blankToNull(f.objectType()))
			.param("objectId", blankToNull(f.objectId()))
			.param("everything", reader.role() == Role.AUDITOR);
	}

	private static String blankToNull(String s) {
		return s == null || s.isBlank() ? null : s.trim();
	}

	private static AuditEntryRow map(ResultSet rs, int row) throws SQLException {
		Timestamp at = rs.getTimestamp("occurred_at");
		long community = rs.getLong("community_id");
		return new AuditEntryRow(rs.getLong("id"), at.toInstant().atZone(OFFICE_ZONE).toLocalDateTime(),
				rs.getString("username"), rs.getString("role"), rs.getString("ip"), rs.getString("user_agent"),
				rs.getString("module"), rs.getString("action"), rs.getString("object_type"), rs.getString("object_id"),
				rs.wasNull() ? null : community, rs.getString("summary"), rs.getString("details"),
				rs.getBoolean("success"));
	}

}
