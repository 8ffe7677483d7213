package cn.street.civil.payout.batch;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import cn.street.civil.community.CommunityDirectory;
import cn.street.civil.payout.spi.PayoutProgramme;
import cn.street.civil.shared.security.DataScope;
import cn.street.civil.shared.security.Roles;

/**
 * The read side of batches: lists over {@link JdbcClient} with the user's scope in every WHERE clause, paged by
 * 序号 on indexed columns (a 20,000-line batch pages like a small one).
 */
@Component
@Transactional(readOnly = true)
@PreAuthorize(Roles.CASE_READ)
public class PayoutQueries {

	/** The row limit of an export in one go (the bank file streams and has no limit). */
	public static final int EXPORT_LIMIT = 100_000;

	private static final Set<String> CHANGES = Set.of("NEW", "INCREASED", "DECREASED", "CHANGED", "NEW_OR_CHANGED");

	private static final Set<String> OUTCOMES = Set.of("PAID", "REFUSED", "NONE");

	private static final String LINE_COLUMNS = """
			select l.*, r.outcome, r.refusal_reason from payout_line l
			left join payout_bank_result r on r.line_id = l.id
			""";

	private final JdbcClient jdbc;

	private final CommunityDirectory communities;

	private final PayoutProgrammes programmes;

	PayoutQueries(JdbcClient jdbc, CommunityDirectory communities, PayoutProgrammes programmes) {
		this.jdbc = jdbc;
		this.communities = communities;
		this.programmes = programmes;
	}

	/** Batches, newest month first, optionally of one month or programme. */
	public Page<BatchRow> batches(LocalDate month, String programme, Pageable pageable, DataScope scope) {
		String where = """
				where (cast(:month as date) is null or b.month = :month)
				  and (cast(:programme as text) is null or b.programme = :programme)""";
		long total = jdbc.sql("select count(*) from payout_batch b " + where)
			.param("month", month)
			.param("programme", programme)
			.query(Long.class)
			.single();
		List<BatchRow> rows = jdbc.sql("""
				select b.*, s.lines as scoped_lines, s.households as scoped_households, s.persons as scoped_persons,
				       s.amount as scoped_amount
				from payout_batch b
				left join lateral (select count(*) as lines, count(distinct l.household_id) as households,
				                          coalesce(sum(l.person_count), 0) as persons, coalesce(sum(l.amount), 0) as amount
				                   from payout_line l
				                   where l.batch_id = b.id and not :all and l.community_id in (:scopeIds)) s on true
				""" + where + """
				 order by b.month desc, b.programme, b.kind, b.id limit :limit offset :offset""")
			.param("month", month)
			.param("programme", programme)
			.param("all", scope.all())
			.param("scopeIds", scope.idsForQuery())
			.param("limit", pageable.getPageSize())
			.param("offset", pageable.getOffset())
			.query((rs, n) -> BatchRow.of(rs, scope.all()))
			.list();
		return new PageImpl<>(rows, pageable, total);
	}

	/** The supplements (补发 / 追回) of a batch. */
	public List<BatchRow> supplements(long batchId, DataScope scope) {
		return jdbc.sql("""
				select b.*, null as scoped_lines, null as scoped_households, null as scoped_persons, null as scoped_amount
				from payout_batch b where b.original_batch_id = :id order by b.id""")
			.param("id", batchId)
			.query((rs, n) -> BatchRow.of(rs, true))
			.list();
	}

	public ScopedTotals totals(PayoutBatch batch, DataScope scope) {
		if (scope.all()) {
			return new ScopedTotals(batch.getLineCount(), batch.getHouseholdCount(), batch.getPersonCount(),
					batch.getTotalAmount());
		}
		return jdbc.sql("""
				select count(*) as lines, count(distinct household_id) as households,
				       coalesce(sum(person_count), 0) as persons, coalesce(sum(amount), 0) as amount
				from payout_line where batch_id = :batch and community_id in (:scopeIds)""")
			.param("batch", batch.getId())
			.param("scopeIds", scope.idsForQuery())
			.query((rs, n) -> new ScopedTotals(rs.getLong("lines"), rs.getLong("households"), rs.getLong("persons"),
					rs.getBigDecimal("amount").setScale(2)))
			.single();
	}

	public Page<LineRow> lines(PayoutBatch batch, LineFilter filter, Pageable pageable, DataScope scope) {
		StringBuilder where = new StringBuilder(" where l.batch_id = :batch and (:all or l.community_id in (:scopeIds))");
		List<Consumer<JdbcClient.StatementSpec>> binds = new ArrayList<>();
		if (filter.community() != null) {
			where.append(" and l.community_id = :community");
			binds.add(s -> s.param("community", filter.community()));
		}
		if (filter.change() != null && CHANGES.contains(filter.change())) {
			if (filter.change().equals("CHANGED")) {
				where.append(" and l.change_mark in ('INCREASED', 'DECREASED')");
			}
			else if (filter.change().equals("NEW_OR_CHANGED")) {
				where.append(" and l.change_mark <> 'SAME'");
			}
			else {
				where.append(" and l.change_mark = :change");
				binds.add(s -> s.param("change", filter.change()));
			}
		}
		if (filter.check() != null) {
			switch (filter.check()) {
				case "ANY" -> where.append(" and l.checks <> '{}'");
				case "BLOCKING" -> {
					where.append(" and l.checks && cast(:blocking as varchar[])");
					binds.add(s -> s.param("blocking", LineCheck.blockingArray()));
				}
				case "WARNING" -> {
					where.append(" and l.checks <> '{}' and not l.checks && cast(:blocking as varchar[])");
					binds.add(s -> s.param("blocking", LineCheck.blockingArray()));
				}
				default -> {
					if (Arrays.stream(LineCheck.values()).anyMatch(c -> c.name().equals(filter.check()))) {
						where.append(" and l.checks @> array[cast(:check as varchar)]");
						binds.add(s -> s.param("check", filter.check()));
					}
				}
			}
		}
		if (filter.outcome() != null && OUTCOMES.contains(filter.outcome())) {
			if (filter.outcome().equals("NONE")) {
				where.append(" and r.outcome is null");
			}
			else {
				where.append(" and r.outcome = :outcome");
				binds.add(s -> s.param("outcome", filter.outcome()));
			}
		}
		if (filter.q() != null) {
			if (filter.q().chars().allMatch(Character::isDigit) && filter.q().length() <= 9) {
				where.append(" and l.line_no = :lineNo");
				binds.add(s -> s.param("lineNo", Integer.parseInt(filter.q())));
			}
			else {
				where.append(" and l.payee_name like :namePrefix");
				binds.add(s -> s.param("namePrefix", likePrefix(filter.q())));
			}
		}
		JdbcClient.StatementSpec count = scoped(jdbc.sql("select count(*) from payout_line l"
				+ " left join payout_bank_result r on r.line_id = l.id" + where), batch, scope);
		binds.forEach(b -> b.accept(count));
		long total = count.query(Long.class).single();
		JdbcClient.StatementSpec page = scoped(
				jdbc.sql(LINE_COLUMNS + where + " order by l.line_no limit :limit offset :offset"), batch, scope)
			.param("limit", pageable.getPageSize())
			.param("offset", pageable.getOffset());
		binds.forEach(b -> b.accept(page));
		Map<Long, String> names = communities.names();
		PayoutProgramme programme = programmes.get(batch.getProgramme());
		return new PageImpl<>(page.query((rs, n) -> line(rs, names, programme)).list(), pageable, total);
	}

	/** Every line in scope of one community (or all), by 序号: the 花名册 and the Excel export. */
	public List<LineRow> allLines(PayoutBatch batch, Long community, DataScope scope) {
		Map<Long, String> names = communities.names();
		PayoutProgramme programme = programmes.get(batch.getProgramme());
		return scoped(jdbc.sql(LINE_COLUMNS + """
				 where l.batch_id = :batch and (:all or l.community_id in (:scopeIds))
				   and (cast(:community as bigint) is null or l.community_id = :community)
				 order by l.line_no limit :limit"""), batch, scope)
			.param("community", community)
			.param("limit", EXPORT_LIMIT)
			.query((rs, n) -> line(rs, names, programme))
			.list();
	}

	public Page<StopRow> stops(PayoutBatch batch, Long community, Pageable pageable, DataScope scope) {
		String where = """
				 where s.batch_id = :batch and (:all or s.community_id in (:scopeIds))
				   and (cast(:community as bigint) is null or s.community_id = :community)""";
		long total = scoped(jdbc.sql("select count(*) from payout_stop s " + where), batch, scope)
			.param("community", community)
			.query(Long.class)
			.single();
		Map<Long, String> names = communities.names();
		List<StopRow> rows = scoped(jdbc.sql("select s.* from payout_stop s " + where
				+ " order by s.community_id, s.id limit :limit offset :offset"), batch, scope)
			.param("community", community)
			.param("limit", pageable.getPageSize())
			.param("offset", pageable.getOffset())
			.query((rs, n) -> new StopRow(rs.getLong("id"), rs.getString("recipient_key"),
					names.get(rs.getLong("community_id")), rs.getString("payee_name"),
					rs.getBigDecimal("previous_amount"), rs.getString("reason")))
			.list();
		return new PageImpl<>(rows, pageable, total);
	}

	/** How many lines in scope carry each check, blocking ones first. */
	public List<CheckCount> checkCounts(PayoutBatch batch, DataScope scope) {
		Map<String, Long> counts = new java.util.HashMap<>();
		scoped(jdbc.sql("""
				select c.code, count(*) as n from payout_line l, unnest(l.checks) as c(code)
				where l.batch_id = :batch and l.checks <> '{}' and (:all or l.community_id in (:scopeIds))
				group by c.code"""), batch, scope)
			.query((rs, n) -> Map.entry(rs.getString("code"), rs.getLong("n")))
			.list()
			.forEach(e -> counts.put(e.getKey(), e.getValue()));
		return Arrays.stream(LineCheck.values())
			.filter(c -> counts.containsKey(c.name()))
			.map(c -> new CheckCount(c, counts.get(c.name())))
			.toList();
	}

	/** The communities that have lines in this batch and in scope, with their figures (花名册 index). */
	public List<CommunityTotals> communities(PayoutBatch batch, DataScope scope) {
		Map<Long, String> names = communities.names();
		return scoped(jdbc.sql("""
				select community_id, count(*) as lines, count(distinct household_id) as households,
				       coalesce(sum(person_count), 0) as persons, coalesce(sum(amount), 0) as amount
				from payout_line l where l.batch_id = :batch and (:all or l.community_id in (:scopeIds))
				group by community_id order by community_id"""), batch, scope)
			.query((rs, n) -> new CommunityTotals(rs.getLong("community_id"), names.get(rs.getLong("community_id")),
					rs.getLong("lines"), rs.getLong("households"), rs.getLong("persons"),
					rs.getBigDecimal("amount").setScale(2)))
			.list();
	}

	private static JdbcClient.StatementSpec scoped(JdbcClient.StatementSpec spec, PayoutBatch batch, DataScope scope) {
		return spec.param("batch", batch.getId()).param("all", scope.all()).param("scopeIds", scope.idsForQuery());
	}

	static String likePrefix(String text) {
		return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
	}

	static LineRow line(ResultSet rs, Map<Long, String> names, PayoutProgramme programme) throws SQLException {
		long source = rs.getLong("source_id");
		boolean hasSource = !rs.wasNull();
		return new LineRow(rs.getLong("id"), rs.getInt("line_no"), rs.getString("recipient_key"),
				rs.getLong("community_id"), names.get(rs.getLong("community_id")), rs.getString("residence_type"),
				rs.getString("payee_name"), rs.getString("payee_id_area"), rs.getString("payee_id_tail"),
				rs.getString("bank_name"), rs.getString("account_holder"), rs.getString("account_tail"),
				rs.getBoolean("has_account"), rs.getInt("person_count"), rs.getBigDecimal("amount"),
				rs.getBigDecimal("base_amount"), rs.getBigDecimal("add_ons"), rs.getBigDecimal("care_amount"),
				rs.getString("breakdown"), hasSource ? programme.sourceHref(source) : null, rs.getString("change_mark"),
				rs.getBigDecimal("previous_amount"), rs.getString("change_note"), checks(rs.getArray("checks")),
				rs.getString("outcome"), rs.getString("refusal_reason"), (Long) rs.getObject("original_line_id"),
				rs.getString("note"));
	}

	private static List<LineCheck> checks(Array array) throws SQLException {
		if (array == null) {
			return List.of();
		}
		String[] codes = (String[]) array.getArray();
		return Arrays.stream(codes).map(LineCheck::valueOf).sorted().toList();
	}

}
