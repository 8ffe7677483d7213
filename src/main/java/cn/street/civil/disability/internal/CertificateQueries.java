package cn.street.civil.disability.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import cn.street.civil.community.CommunityDirectory;
import cn.street.civil.shared.privacy.Masking;
import cn.street.civil.shared.security.CurrentUser;
import cn.street.civil.shared.security.Roles;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The register of valid certificates: one query per page plus a count over the registry's {@code registry_person}
 * view (the holder's community is the scope), filters by community, category, grade, employment and review due,
 * sorting from a whitelist; the same query for the Excel export.
 */
@Component
@Transactional(readOnly = true)
@PreAuthorize(Roles.CASE_READ)
class CertificateQueries {

	static final int EXPORT_LIMIT = 50_000;

	static final Map<String, String> SORTS = Map.of("name", "p.name collate \"C\"", "category", "c.category", "grade",
			"c.grade", "community", "p.community_id", "issuedOn", "c.issued_on", "reviewOn", "c.review_on");

	private static final String FROM = """
			from disability_certificate c
			join registry_person p on p.id = c.person_id
			where c.revoked_on is null
			  and (:all or p.community_id in (:scopeIds))
			  and (cast(:communityId as bigint) is null or p.community_id = :communityId)
			  and (cast(:category as text) is null or c.category = :category)
			  and (cast(:grade as integer) is null or c.grade = :grade)
			  and (cast(:employment as text) is null or c.employment = :employment)
			  and (not :reviewDue or c.review_on <= :today)
			  and (cast(:q as text) is null or p.name like :qPrefix or p.id_no_tail = :q)
			""";

	private static final String SELECT = """
			select c.id, c.person_id, p.name, p.id_no_prefix, p.id_no_tail, c.category, c.grade, p.community_id,
			       c.issued_on, c.review_on, c.long_term_care, c.employment
			""";

	private final JdbcClient jdbc;

	private final CommunityDirectory communities;

	private final Clock clock;

	CertificateQueries(JdbcClient jdbc, CommunityDirectory communities, Clock clock) {
		this.jdbc = jdbc;
		this.communities = communities;
		this.clock = clock;
	}

	Page<CertificateRow> page(CertificateSearch search, Pageable pageable, CurrentUser user) {
		long total = bind(jdbc.sql("select count(*) " + FROM), search, user).query(Long.class).single();
		Map<Long, String> names = communities.names();
		List<CertificateRow> rows = bind(jdbc.sql(SELECT + FROM + orderBy(pageable.getSort()) + " limit :limit offset :offset"),
				search, user)
			.param("limit", pageable.getPageSize())
			.param("offset", pageable.getOffset())
			.query((rs, n) -> row(rs, names))
			.list();
		return new PageImpl<>(rows, pageable, total);
	}

	List<CertificateRow> export(CertificateSearch search, Sort sort, CurrentUser user) {
		Map<Long, String> names = communities.names();
		return bind(jdbc.sql(SELECT + FROM + orderBy(sort) + " limit " + EXPORT_LIMIT), search, user)
			.query((rs, n) -> row(rs, names))
			.list();
	}

	/** Counts by grade in the user's scope, for the home page: how many certificates' review is due. */
	long reviewDue(CurrentUser user) {
		return bind(jdbc.sql("select count(*) " + FROM), new CertificateSearch(null, null, null, null, null, true), user)
			.query(Long.class)
			.single();
	}

	private static String orderBy(Sort sort) {
		StringBuilder sql = new StringBuilder(" order by ");
		for (Sort.Order order : sort) {
			String column = SORTS.get(order.getProperty());
			if (column != null) {
				sql.append(column).append(order.isAscending() ? " asc" : " desc").append(" nulls last, ");
			}
		}
		return sql.append("c.id desc").toString();
	}

	private JdbcClient.StatementSpec bind(JdbcClient.StatementSpec spec, CertificateSearch search, CurrentUser user) {
		String q = search.q() == null || search.q().isBlank() ? null : search.q().strip();
		return spec.param("all", user.scope().all())
			.param("scopeIds", user.scope().idsForQuery())
			.param("communityId", search.communityId())
			.param("category", search.category() == null ? null : search.category().name())
			.param("grade", search.grade())
			.param("employment", search.employment() == null ? null : search.employment().name())
			.param("reviewDue", search.onlyReviewDue())
			.param("today", LocalDate.now(clock))
			.param("q", q)
			.param("qPrefix", q == null ? null : q.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
	}

	private static CertificateRow row(ResultSet rs, Map<Long, String> names) throws SQLException {
		long community = rs.getLong("community_id");
		DisabilityCategory category = DisabilityCategory.valueOf(rs.getString("category"));
		int grade = rs.getInt("grade");
		return new CertificateRow(rs.getLong("id"), rs.getLong("person_id"), rs.getString("name"),
				CertificateNumber.masked(Masking.idNumber(rs.getString("id_no_prefix"), rs.getString("id_no_tail")),
						category, grade),
				category, grade, community, names.getOrDefault(community, ""), rs.getObject("issued_on", LocalDate.class),
				rs.getObject("review_on", LocalDate.class), rs.getBoolean("long_term_care"),
				Employment.valueOf(rs.getString("employment")));
	}

}
