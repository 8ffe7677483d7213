package cn.street.civil.standard.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import cn.street.civil.shared.security.Roles;
import cn.street.civil.standard.StandardInForce;
import cn.street.civil.standard.StandardParameter;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The read side of the pages: set-based SQL, a handful of rows each. */
@Component
@Transactional(readOnly = true)
@PreAuthorize(Roles.CASE_READ)
class StandardQueries {

	private static final ZoneId OFFICE_ZONE = ZoneId.of("Asia/Shanghai");

	private final JdbcClient jdbc;

	private final StandardLookup lookup;

	private final StandardLabels labels;

	private final Clock clock;

	StandardQueries(JdbcClient jdbc, StandardLookup lookup, StandardLabels labels, Clock clock) {
		this.jdbc = jdbc;
		this.lookup = lookup;
		this.labels = labels;
		this.clock = clock;
	}

	YearMonth currentMonth() {
		return YearMonth.now(clock);
	}

	/** Every item with its value this month and its next approved change. */
	List<OverviewRow> overview() {
		YearMonth month = currentMonth();
		Map<String, List<StandardInForce>> approved = jdbc
			.sql("select " + StandardLookup.COLUMNS + """
					 from standard_value v
					where v.status = 'APPROVED' and (v.valid_to is null or (v.valid_to > v.valid_from and v.valid_to > :month))
					order by v.valid_from, v.id
					""")
			.param("month", month.atDay(1))
			.query(lookup::row)
			.list()
			.stream()
			.collect(Collectors.groupingBy(r -> new StandardItem(r.parameter(), r.dimension()).code()));
		Map<String, Integer> pending = new HashMap<>();
		jdbc.sql("select parameter, dimension, count(*) as n from standard_value where status = 'PENDING' "
				+ "group by parameter, dimension")
			.query((rs, n) -> pending.put(rs.getString("dimension") == null ? rs.getString("parameter")
					: rs.getString("parameter") + "." + rs.getString("dimension"), rs.getInt("n")))
			.list();
		List<OverviewRow> rows = new ArrayList<>();
		for (StandardItem item : StandardItem.all()) {
			List<StandardInForce> values = approved.getOrDefault(item.code(), List.of());
			List<StandardInForce> current = values.stream().filter(v -> v.covers(month)).toList();
			StandardInForce next = values.stream().filter(v -> v.validFrom().isAfter(month)).findFirst().orElse(null);
			rows.add(new OverviewRow(item, labels.label(item), item.parameter().group(),
					current.isEmpty() ? null : current.get(0), next, pending.getOrDefault(item.code(), 0),
					current.size() > 1));
		}
		return rows;
	}

	/** Every row of a parameter, proposals included: by dimension, newest first. */
	List<HistoryRow> history(StandardParameter parameter) {
		LocalDate month = currentMonth().atDay(1);
		return jdbc.sql("""
				select v.*, coalesce(v.money, v.ratio, v.whole_number) as number
				from standard_value v where v.parameter = :parameter
				order by v.valid_from desc, v.id desc
				""").param("parameter", parameter.name()).query((rs, n) -> {
			String dimension = rs.getString("dimension");
			LocalDate from = rs.getObject("valid_from", LocalDate.class);
			LocalDate to = rs.getObject("valid_to", LocalDate.class);
			return new HistoryItem(new StandardItem(parameter, dimension),
					new HistoryRow(rs.getLong("id"), labels.label(parameter, dimension), YearMonth.from(from),
							to == null ? null : YearMonth.from(to).minusMonths(1), to != null && !to.isAfter(from),
							"APPROVED".equals(rs.getString("status")) && !from.isAfter(month)
									&& (to == null || to.isAfter(month)),
							labels.value(parameter, rs.getBigDecimal("number"), rs.getString("choice")),
							rs.getString("note"), StandardStatus.valueOf(rs.getString("status")),
							rs.getString("created_by"), rs.getString("proposed_by_name"),
							local(rs.getTimestamp("created_at")), rs.getString("decided_by"),
							rs.getString("decided_by_name"), local(rs.getTimestamp("decided_at")),
							rs.getString("rejection_reason")));
		}).list().stream().sorted(Comparator.comparingInt((HistoryItem h) -> h.item().order())).map(HistoryItem::row).toList();
	}

	/** The pending proposals, oldest first, each with the value in force in its first month. */
	List<ProposalRow> pending() {
		return jdbc.sql("""
				select v.id, v.parameter, v.dimension, v.valid_from, v.note, v.created_by, v.proposed_by_name, v.created_at,
				       coalesce(v.money, v.ratio, v.whole_number) as number, v.choice,
				       c.number as current_number, c.choice as current_choice, c.id as current_id
				from standard_value v
				left join lateral (
				    select a.id, coalesce(a.money, a.ratio, a.whole_number) as number, a.choice
				    from standard_value a
				    where a.status = 'APPROVED' and a.parameter = v.parameter
				      and coalesce(a.dimension, '') = coalesce(v.dimension, '')
				      and a.valid_from <= v.valid_from and (a.valid_to is null or a.valid_to > v.valid_from)
				    order by a.valid_from desc limit 1) c on true
				where v.status = 'PENDING'
				order by v.created_at, v.id
				""").query((rs, n) -> {
			StandardParameter parameter = StandardParameter.valueOf(rs.getString("parameter"));
			StandardItem item = new StandardItem(parameter, rs.getString("dimension"));
			rs.getLong("current_id");
			String current = rs.wasNull() ? null
					: labels.value(parameter, rs.getBigDecimal("current_number"), rs.getString("current_choice"));
			return new ProposalRow(rs.getLong("id"), item.code(), labels.label(item),
					YearMonth.from(rs.getObject("valid_from", LocalDate.class)),
					labels.value(parameter, rs.getBigDecimal("number"), rs.getString("choice")), current,
					rs.getString("note"), rs.getString("created_by"), rs.getString("proposed_by_name"),
					local(rs.getTimestamp("created_at")));
		}).list();
	}

	private static LocalDateTime local(java.sql.Timestamp timestamp) {
		return timestamp == null ? null : timestamp.toInstant().atZone(OFFICE_ZONE).toLocalDateTime();
	}

	private record HistoryItem(StandardItem item, HistoryRow row) {
	}

}
