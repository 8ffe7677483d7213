package cn.street.civil.standard.internal;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import cn.street.civil.standard.StandardInForce;
import cn.street.civil.standard.StandardMissingException;
import cn.street.civil.standard.StandardParameter;
import cn.street.civil.standard.Standards;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** {@link Standards} over {@code standard_value}: approved rows only, one indexed query per lookup. */
@Component
@Transactional(readOnly = true)
class StandardLookup implements Standards {

	static final String COLUMNS = "v.id, v.parameter, v.dimension, v.valid_from, v.valid_to, v.money, v.ratio, "
			+ "v.whole_number, v.choice, v.note";

	/** An approved row covering the month (valid_from ≤ month < valid_to). */
	static final String IN_FORCE = "v.status = 'APPROVED' and v.valid_from <= :month "
			+ "and (v.valid_to is null or v.valid_to > :month)";

	private final JdbcClient jdbc;

	private final StandardLabels labels;

	StandardLookup(JdbcClient jdbc, StandardLabels labels) {
		this.jdbc = jdbc;
		this.labels = labels;
	}

	@Override
	public StandardInForce valueFor(StandardParameter parameter, String dimension, YearMonth month) {
		StandardItem item = new StandardItem(parameter, dimension);
		List<StandardInForce> rows = jdbc.sql("select " + COLUMNS + " from standard_value v where " + IN_FORCE
				+ " and v.parameter = :parameter and coalesce(v.dimension, '') = :dimension order by v.valid_from, v.id")
			.param("month", month.atDay(1))
			.param("parameter", parameter.name())
			.param("dimension", item.dimensionKey())
			.query(this::row)
			.list();
		if (rows.size() == 1) {
			return rows.get(0);
		}
		String label = labels.label(item);
		String monthText = labels.month(month);
		if (rows.isEmpty()) {
			throw new StandardMissingException(parameter, dimension, month, false,
					labels.message("standard.missing", monthText, label));
		}
		String ids = String.join("、", rows.stream().map(r -> "#" + r.id()).toList());
		throw new StandardMissingException(parameter, dimension, month, true,
				labels.message("standard.overlap", monthText, label, ids));
	}

	/**
	 * For pages: the item's value in the month, empty when there is none (no exception, which would mark the
	 * caller's transaction rollback-only); with several, the latest.
	 */
	Optional<StandardInForce> find(StandardItem item, YearMonth month) {
		return jdbc.sql("select " + COLUMNS + " from standard_value v where " + IN_FORCE
				+ " and v.parameter = :parameter and coalesce(v.dimension, '') = :dimension "
				+ "order by v.valid_from desc, v.id desc limit 1")
			.param("month", month.atDay(1))
			.param("parameter", item.parameter().name())
			.param("dimension", item.dimensionKey())
			.query(this::row)
			.optional();
	}

	@Override
	public List<StandardInForce> inForce(YearMonth month) {
		return jdbc.sql("select " + COLUMNS + " from standard_value v where " + IN_FORCE)
			.param("month", month.atDay(1))
			.query(this::row)
			.list()
			.stream()
			.sorted(Comparator.comparingInt((StandardInForce r) -> new StandardItem(r.parameter(), r.dimension()).order())
				.thenComparing(StandardInForce::validFrom))
			.toList();
	}

	/** The first approved value of the item that starts after {@code month} and takes effect; null if none. */
	StandardInForce inForceAfter(StandardItem item, YearMonth month) {
		return jdbc.sql("select " + COLUMNS + " from standard_value v where v.status = 'APPROVED' "
				+ "and v.parameter = :parameter and coalesce(v.dimension, '') = :dimension and v.valid_from > :month "
				+ "and (v.valid_to is null or v.valid_to > v.valid_from) order by v.valid_from, v.id limit 1")
			.param("month", month.atDay(1))
			.param("parameter", item.parameter().name())
			.param("dimension", item.dimensionKey())
			.query(this::row)
			.optional()
			.orElse(null);
	}

	/** Maps a row of {@link #COLUMNS}. */
	StandardInForce row(ResultSet rs, int n) throws SQLException {
		StandardParameter parameter = StandardParameter.valueOf(rs.getString("parameter"));
		String dimension = rs.getString("dimension");
		BigDecimal number = switch (parameter.kind()) {
			case MONEY -> rs.getBigDecimal("money");
			case RATIO -> rs.getBigDecimal("ratio");
			case INTEGER -> BigDecimal.valueOf(rs.getInt("whole_number"));
			case CHOICE -> null;
		};
		String choice = rs.getString("choice");
		LocalDate to = rs.getObject("valid_to", LocalDate.class);
		return new StandardInForce(parameter, dimension, YearMonth.from(rs.getObject("valid_from", LocalDate.class)),
				to == null ? null : YearMonth.from(to), number, choice, rs.getString("note"),
				labels.label(parameter, dimension), labels.value(parameter, number, choice), rs.getLong("id"));
	}

}
