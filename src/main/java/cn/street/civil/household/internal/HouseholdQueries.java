package cn.street.civil.household.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import cn.street.civil.household.PersonStatus;
import cn.street.civil.household.Relation;
import cn.street.civil.household.ResidenceType;
import cn.street.civil.shared.crypto.SensitiveDataProtector;
import cn.street.civil.shared.idcard.IdCardNumber;
import cn.street.civil.shared.idcard.InvalidIdCardNumberException;
import cn.street.civil.shared.idcard.Sex;
import cn.street.civil.shared.privacy.Masking;
import cn.street.civil.shared.persistence.RowCount;
import cn.street.civil.shared.security.CurrentUser;
import cn.street.civil.shared.security.Roles;
import cn.street.civil.shared.web.Paging;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The read side of the registry's list pages and exports: set-based SQL (one query per page plus a bounded count,
 * no N+1), always restricted to the user's data scope in the WHERE clause. One household's or person's record
 * (members, history, households) is read by {@link HouseholdRecordQueries}.
 */
@Component
@Transactional(readOnly = true)
@PreAuthorize(Roles.CASE_READ)
public class HouseholdQueries {

	static final int EXPORT_LIMIT = 50_000;

	/** URL sort key → SQL expression (whitelist: nothing from the request reaches the SQL text). */
	public static final Map<String, String> HOUSEHOLD_SORTS = Map.of("householdNo", "h.household_no", "community", "c.code",
			"head", "p.name", "address", "h.address", "members", "member_count");

	/** The sort keys of {@link #HOUSEHOLD_SORTS} that are columns of household itself. */
	private static final Set<String> HOUSEHOLD_COLUMN_SORTS = Set.of("householdNo", "address");

	/** Names in code point order ("C"), which the person list's index person_name_c_idx provides. */
	public static final Map<String, String> PERSON_SORTS = Map.of("name", "p.name collate \"C\"", "birthDate", "p.birth_date",
			"community", "c.code", "householdNo", "h.household_no");

	/**
	 * U+10FFFF, the last code point: in code point order every name that starts with q lies in
	 * [q, q + U+10FFFF), and no other name does.
	 */
	private static final String AFTER_EVERY_CHARACTER = new String(Character.toChars(Character.MAX_CODE_POINT));

	private static final String HOUSEHOLD_JOINS = """
			from household h
			join community c on c.id = h.community_id
			left join person p on p.id = h.head_person_id
			""";

	private static final String PERSON_JOINS = """
			from person p
			join community c on c.id = p.community_id
			left join household_membership m on m.person_id = p.id and m.valid_to is null
			left join household h on h.id = m.household_id
			""";

	private final JdbcClient jdbc;

	private final SensitiveDataProtector protector;

	private final Clock clock;

	HouseholdQueries(JdbcClient jdbc, SensitiveDataProtector protector, Clock clock) {
		this.jdbc = jdbc;
		this.protector = protector;
		this.clock = clock;
	}

	/** A page of households; the total is exact up to 1,000 matches (see {@link #count}). */
	public Page<HouseholdRow> households(HouseholdSearch search, Pageable pageable, CurrentUser user) {
		String where = householdWhere(search, user);
		if (search.hasText()) {
			return householdsMatching(search, pageable, user, where);
		}
		// the joins add no rows and remove none (foreign key, at most one head): the count reads households only
		RowCount total = count(search, "from household h" + where, sql -> bindHouseholds(jdbc.sql(sql), search, user));
		List<HouseholdRow> rows = bindHouseholds(jdbc.sql(householdSelect() + HOUSEHOLD_JOINS + where
				+ orderBy(pageable.getSort(), HOUSEHOLD_SORTS, "h.household_no") + limitWithNext(pageable)), search, user)
			.query(HouseholdQueries::householdRow)
			.list();
		return Paging.page(rows, pageable, total);
	}

	/**
	 * A text search: the matches are found once, for the page and its count together (a count query and a page
	 * query each looked up every matching person's household: "王晓", 251 households, 4,350 buffers per view, now
	 * 1,400). Sorted by household columns (the default), the page's 20 households are taken before community and
	 * head are joined. The total is exact up to {@link RowCount#EXACT_LIMIT}, else "more than", as before; only a
	 * page beyond the last one, which returns no row to carry the count, counts again.
	 */
	private Page<HouseholdRow> householdsMatching(HouseholdSearch search, Pageable pageable, CurrentUser user,
			String where) {
		String orderBy = orderBy(pageable.getSort(), HOUSEHOLD_SORTS, "h.household_no");
		boolean byHouseholdColumns = pageable.getSort()
			.stream()
			.allMatch(order -> !HOUSEHOLD_SORTS.containsKey(order.getProperty())
					|| HOUSEHOLD_COLUMN_SORTS.contains(order.getProperty()));
		String sql = "with matched as materialized (select h.id, h.household_no, h.community_id, h.address, "
				+ "h.residence_type, h.status, h.head_person_id from household h" + where + ")\n" + householdSelect()
				+ ", (select count(*) from matched) as matched_count\n"
				+ (byHouseholdColumns ? "from (select * from matched h" + orderBy + limitWithNext(pageable) + ") h\n"
						: "from matched h\n")
				+ "join community c on c.id = h.community_id\nleft join person p on p.id = h.head_person_id\n" + orderBy
				+ (byHouseholdColumns ? "" : limitWithNext(pageable));
		long[] matched = { -1 };
		List<HouseholdRow> rows = bindHouseholds(jdbc.sql(sql), search, user).query((rs, n) -> {
			matched[0] = rs.getLong("matched_count");
			return householdRow(rs, n);
		}).list();
		RowCount total = matched[0] >= 0 ? RowCount.ofMatches(matched[0])
				: pageable.getOffset() == 0 ? RowCount.exact(0)
						: count(search, "from household h" + where, s -> bindHouseholds(jdbc.sql(s), search, user));
		return Paging.page(rows, pageable, total);
	}

	public List<HouseholdRow> exportHouseholds(HouseholdSearch search, Sort sort, CurrentUser user) {
		return bindHouseholds(jdbc.sql(householdSelect() + HOUSEHOLD_JOINS + householdWhere(search, user)
				+ orderBy(sort, HOUSEHOLD_SORTS, "h.household_no") + " limit " + EXPORT_LIMIT), search, user)
			.query(HouseholdQueries::householdRow)
			.list();
	}

	/** A page of persons; the total is exact up to 1,000 matches (see {@link #count}). */
	public Page<PersonRow> persons(HouseholdSearch search, Pageable pageable, CurrentUser user) {
		String where = personWhere(search, user);
		// at most one current membership per person (unique index), so the count needs persons only
		RowCount total = count(search, "from person p" + where, sql -> bindPersons(jdbc.sql(sql), search, user));
		List<PersonRow> rows = bindPersons(jdbc.sql("""
				select p.id, p.name, p.id_no_prefix, p.id_no_tail, p.sex, p.birth_date, p.status,
				       date_part('year', age(cast(:today as date), p.birth_date)) as age,
				       c.name as community_name, h.id as household_id, h.household_no, m.relation
				""" + PERSON_JOINS + where + orderBy(pageable.getSort(), PERSON_SORTS, PERSON_SORTS.get("name")) + limitWithNext(pageable)),
				search, user)
			.param("today", today())
			.query(HouseholdQueries::personRow)
			.list();
		return Paging.page(rows, pageable, total);
	}

	/**
	 * The WHERE clause with only the conditions in use, so each combination is fixed SQL text that PostgreSQL
	 * plans once and reuses; "(:all or community_id in (…)) and (:x is null or …)" was planned again on every view
	 * (0.36 ms of the list's 0.5 ms). Only the whitelisted fragments below reach the SQL, values are parameters.
	 */
	private String householdWhere(HouseholdSearch search, CurrentUser user) {
		List<String> conditions = new ArrayList<>();
		if (!user.scope().all()) {
			conditions.add("h.community_id in (:scopeIds)");
		}
		if (search.communityId() != null) {
			conditions.add("h.community_id = :communityId");
		}
		if (search.residenceType() != null) {
			conditions.add("h.residence_type = :residenceType");
		}
		if (search.statusOrActive() != null) {
			conditions.add("h.status = :status");
		}
		if (search.hasText()) {
			conditions.add(householdTextFilter(search));
		}
		return where(conditions);
	}

	private String personWhere(HouseholdSearch search, CurrentUser user) {
		List<String> conditions = new ArrayList<>();
		if (!user.scope().all()) {
			conditions.add("p.community_id in (:scopeIds)");
		}
		if (search.communityId() != null) {
			conditions.add("p.community_id = :communityId");
		}
		if (personStatus(search) != null) {
			conditions.add("p.status = :status");
		}
		if (search.hasText()) {
			conditions.add(personMatch(search, "p"));
		}
		return where(conditions);
	}

	private static String where(List<String> conditions) {
		return conditions.isEmpty() ? "\n" : "\nwhere " + String.join("\n  and ", conditions) + "\n";
	}

	/**
	 * The page size plus one, and the offset, as literals (numbers from {@link Paging}, never text): with a parameter
	 * for the offset the reusable plan is costed for an unknown offset and PostgreSQL keeps planning page 1 anew.
	 */
	private static String limitWithNext(Pageable pageable) {
		return " limit " + Paging.limitWithNext(pageable) + " offset " + Math.toIntExact(pageable.getOffset());
	}

	/**
	 * Beyond 1,000 matches: the planner's estimate for the filters on household or person columns (exact on the
	 * demo street), only "more than 1,000" for a text search, whose estimate through the memberships is poor.
	 */
	private static RowCount count(HouseholdSearch search, String where,
			Function<String, JdbcClient.StatementSpec> statement) {
		return search.hasText() ? RowCount.withLowerBound(where, statement) : RowCount.withEstimate(where, statement);
	}

	/**
	 * The households matching q, as a union of index lookups: members by keyed hash, ID tail or name
	 * prefix; for plain text also the household number and (trigram-indexed) address.
	 */
	private String householdTextFilter(HouseholdSearch search) {
		String members = "select hm.household_id from household_membership hm join person p2 on p2.id = hm.person_id "
				+ "where hm.valid_to is null and " + personMatch(search, "p2");
		if (search.isFullIdNumber() || search.isIdTail()) {
			return "h.id in (" + members + ")";
		}
		String byNumber = " union select h3.id from household h3 where h3.household_no = :q";
		// the trigram index needs 3 characters; shorter text is a surname or a name, not a piece of an address
		String byAddress = search.query().length() < 3 ? ""
				: " union select h4.id from household h4 where h4.address like :qContains";
		return "h.id in (" + members + byNumber + byAddress + ")";
	}

	/** How a person matches q: full number by keyed hash, tail by the tail index, else name prefix. */
	private static String personMatch(HouseholdSearch search, String p) {
		if (search.isFullIdNumber()) {
			return p + ".id_no_hash = :idHash";
		}
		if (search.isIdTail()) {
			return search.query().length() == 4 ? "right(" + p + ".id_no_tail, 4) = upper(:q)"
					: search.query().length() == 6 ? p + ".id_no_tail = upper(:q)"
							: "right(" + p + ".id_no_tail, " + search.query().length() + ") = upper(:q)";
		}
		// "starts with q" as a range of person_name_c_idx (code point order, "C"): unlike like 'q%', whose index
		// range PostgreSQL derives only from a constant, a range of parameters keeps a reusable plan
		return p + ".name collate \"C\" >= :namePrefix and " + p + ".name collate \"C\" < :namePrefixEnd";
	}

	private JdbcClient.StatementSpec bindHouseholds(JdbcClient.StatementSpec spec, HouseholdSearch search,
			CurrentUser user) {
		return bindText(bindScope(spec, user), search).param("communityId", search.communityId())
			.param("residenceType", search.residenceType() == null ? null : search.residenceType().name())
			.param("status", search.statusOrActive());
	}

	private JdbcClient.StatementSpec bindPersons(JdbcClient.StatementSpec spec, HouseholdSearch search,
			CurrentUser user) {
		return bindText(bindScope(spec, user), search).param("communityId", search.communityId())
			.param("status", personStatus(search));
	}

	private static String personStatus(HouseholdSearch search) {
		return search.status() == null || search.status().isBlank() || "ALL".equals(search.status()) ? null
				: search.status();
	}

	/**
	 * The scope's parameters (those the SQL does not use are ignored); list queries use only :scopeIds (fixed SQL
	 * per case), the record queries ({@link HouseholdRecordQueries}) both.
	 */
	static JdbcClient.StatementSpec bindScope(JdbcClient.StatementSpec spec, CurrentUser user) {
		return spec.param("allCommunities", user.scope().all()).param("scopeIds", user.scope().idsForQuery());
	}

	private JdbcClient.StatementSpec bindText(JdbcClient.StatementSpec spec, HouseholdSearch search) {
		if (!search.hasText()) {
			return spec;
		}
		String q = search.query();
		spec = spec.param("q", q)
			.param("qContains", "%" + escapeLike(q) + "%")
			.param("namePrefix", q)
			.param("namePrefixEnd", q + AFTER_EVERY_CHARACTER);
		if (search.isFullIdNumber()) {
			spec = spec.param("idHash", hashOf(q));
		}
		return spec;
	}

	private String hashOf(String q) {
		try {
			return protector.blindIndex(IdCardNumber.parse(q, today()).value());
		}
		catch (InvalidIdCardNumberException ex) {
			return "-";
		}
	}

	private static String escapeLike(String s) {
		return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}

	private static String householdSelect() {
		return """
				select h.id, h.household_no, h.community_id, c.name as community_name, h.address, h.residence_type,
				       h.status, p.name as head_name, p.id_no_prefix, p.id_no_tail,
				       (select count(*) from household_membership hm where hm.household_id = h.id and hm.valid_to is null)
				         as member_count
				""";
	}

	static String orderBy(Sort sort, Map<String, String> allowed, String fallback) {
		StringBuilder sb = new StringBuilder(" order by ");
		for (Sort.Order order : sort) {
			String column = allowed.get(order.getProperty());
			if (column != null) {
				sb.append(column).append(order.isDescending() ? " desc" : " asc").append(", ");
			}
		}
		return sb.append(fallback).append(", 1").toString();
	}

	private LocalDate today() {
		return LocalDate.now(clock);
	}

	private static HouseholdRow householdRow(ResultSet rs, int n) throws SQLException {
		return new HouseholdRow(rs.getLong("id"), rs.getString("household_no"), rs.getLong("community_id"),
				rs.getString("community_name"), rs.getString("address"), ResidenceType.valueOf(rs.getString("residence_type")),
				rs.getString("status"), rs.getString("head_name"),
				Masking.idNumber(rs.getString("id_no_prefix"), rs.getString("id_no_tail")), rs.getInt("member_count"));
	}

	private static PersonRow personRow(ResultSet rs, int n) throws SQLException {
		long householdId = rs.getLong("household_id");
		Long hid = rs.wasNull() ? null : householdId;
		String relation = rs.getString("relation");
		return new PersonRow(rs.getLong("id"), rs.getString("name"),
				Masking.idNumber(rs.getString("id_no_prefix"), rs.getString("id_no_tail")),
				Sex.valueOf(rs.getString("sex")), rs.getObject("birth_date", LocalDate.class), rs.getInt("age"),
				rs.getString("community_name"), PersonStatus.valueOf(rs.getString("status")), hid,
				rs.getString("household_no"), relation == null ? null : Relation.valueOf(relation));
	}

}
