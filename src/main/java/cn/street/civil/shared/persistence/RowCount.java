package cn.street.civil.shared.persistence;

import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * How many rows a list query matches, without counting them all: exact up to {@link #EXACT_LIMIT} (a count
 * that stops after one row more); beyond that either PostgreSQL's own row estimate for the query ({@code EXPLAIN},
 * from the column statistics) or just "more than {@value #EXACT_LIMIT}". A {@code count(*)} of the street-wide
 * household list read all 19,600 households on every page view and cost 60 times the page's own query.
 * <p>
 * The estimate is good for filters on one table's columns (status, community, residence type: exact on the demo
 * street), not for text searches through the memberships (the surname 王: estimated 5,580 households, 3,768 in
 * fact), so those say only that there are more than a thousand.
 *
 * @param value the exact count, the estimate, or {@code EXACT_LIMIT + 1} for "more than {@code EXACT_LIMIT}"
 * @param kind what {@code value} is
 */
public record RowCount(long value, Kind kind) {

	/** Up to this many matches are counted exactly. */
	public static final int EXACT_LIMIT = 1_000;

	private static final Pattern PLAN_ROWS = Pattern.compile("\"Plan Rows\"\\s*:\\s*([0-9.eE+]+)");

	public enum Kind {

		EXACT, ESTIMATE, MORE_THAN_LIMIT

	}

	public static RowCount exact(long value) {
		return new RowCount(value, Kind.EXACT);
	}

	public boolean isExact() {
		return kind == Kind.EXACT;
	}

	/**
	 * Exact up to {@link #EXACT_LIMIT}, else the planner's estimate (at least {@code EXACT_LIMIT + 1}).
	 * @param fromWhere the list query's FROM and WHERE clauses (no ORDER BY), with named parameters
	 * @param statement a statement of the given SQL text with those parameters bound
	 */
	public static RowCount withEstimate(String fromWhere, Function<String, JdbcClient.StatementSpec> statement) {
		RowCount counted = withLowerBound(fromWhere, statement);
		if (counted.isExact()) {
			return counted;
		}
		String plan = statement.apply("explain (format json) select 1 " + fromWhere).query(String.class).single();
		return new RowCount(Math.max(planRows(plan), EXACT_LIMIT + 1), Kind.ESTIMATE);
	}

	/** Exact up to {@link #EXACT_LIMIT}, else only "more than {@code EXACT_LIMIT}". */
	public static RowCount withLowerBound(String fromWhere, Function<String, JdbcClient.StatementSpec> statement) {
		long counted = statement
			.apply("select count(*) from (select 1 " + fromWhere + " limit " + (EXACT_LIMIT + 1) + ") as bounded")
			.query(Long.class)
			.single();
		return ofMatches(counted);
	}

	/**
	 * A count of matches (all of them, or stopped one beyond the limit): exact up to {@link #EXACT_LIMIT}, else
	 * only "more than {@code EXACT_LIMIT}".
	 */
	public static RowCount ofMatches(long counted) {
		return counted <= EXACT_LIMIT ? exact(counted) : new RowCount(EXACT_LIMIT + 1, Kind.MORE_THAN_LIMIT);
	}

	/** The estimated rows of the plan's top node. */
	static long planRows(String jsonPlan) {
		Matcher rows = PLAN_ROWS.matcher(jsonPlan);
		return rows.find() ? Math.round(Double.parseDouble(rows.group(1))) : 0;
	}

}
