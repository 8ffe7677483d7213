package cn.street.civil.assistance.casework;

import java.util.Map;

import cn.street.civil.shared.security.CurrentUser;

import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The pieces every programme's case list SQL shares: the scope and the text search bound the same way
 * ({@code :all}, {@code :scopeIds}, {@code :q} exact 户号, {@code :qPrefix} a name prefix with LIKE wildcards
 * escaped), and ORDER BY from a whitelist of sort keys, the newest case last as the tie-break.
 */
public final class CaseListSql {

	/** The text filter on case alias {@code c}: 户号 exactly, the applicant's or a covered member's name by prefix. */
	public static final String TEXT_FILTER = """
			(cast(:q as text) is null or c.household_no = :q or c.applicant_name like :qPrefix
			 or exists (select 1 from assistance_case_member m where m.case_id = c.id and m.name like :qPrefix))""";

	private CaseListSql() {
	}

	/** Binds the user's scope and the search text (null or blank: no text filter). */
	public static JdbcClient.StatementSpec bindScopeAndText(JdbcClient.StatementSpec spec, CurrentUser user, String text) {
		String q = text == null || text.isBlank() ? null : text.strip();
		return spec.param("all", user.scope().all())
			.param("scopeIds", user.scope().idsForQuery())
			.param("q", q)
			.param("qPrefix", q == null ? null : q.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
	}

	/** {@code order by} the whitelisted keys of {@code sort} (others ignored), then {@code c.id desc}. */
	public static String orderBy(Sort sort, Map<String, String> sorts) {
		StringBuilder sql = new StringBuilder(" order by ");
		for (Sort.Order order : sort) {
			String column = sorts.get(order.getProperty());
			if (column != null) {
				sql.append(column).append(order.isAscending() ? " asc" : " desc").append(" nulls last, ");
			}
		}
		return sql.append("c.id desc").toString();
	}

}
