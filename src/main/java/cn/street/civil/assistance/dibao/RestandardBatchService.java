package cn.street.civil.assistance.dibao;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import cn.street.civil.assistance.casework.AssistanceCase;
import cn.street.civil.assistance.casework.AssistanceCaseRepository;
import cn.street.civil.assistance.casework.CaseAction;
import cn.street.civil.assistance.casework.CaseAmount;
import cn.street.civil.assistance.casework.CaseWorkflow;
import cn.street.civil.assistance.casework.ChangeKind;
import cn.street.civil.assistance.casework.Programme;
import cn.street.civil.community.CommunityDirectory;
import cn.street.civil.shared.audit.AuditRecord;
import cn.street.civil.shared.persistence.OptimisticLock;
import cn.street.civil.shared.security.CurrentUser;
import cn.street.civil.shared.security.Roles;
import cn.street.civil.shared.web.BusinessRuleException;
import cn.street.civil.shared.web.FieldRuleException;
import cn.street.civil.shared.web.NotFoundException;
import cn.street.civil.standard.RoundingRule;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 调标 batches. Generation is set-based: one query finds every 低保 case in force in the month with the amount in
 * force and its latest home visit, two more load those cases and visits; the amounts are computed in memory with
 * the month's terms ({@link DibaoAmounts}, the one 低保 computation, 分类施保 and 单人保 included, its parameters
 * read once) and the lines written in one batch insert.
 * Approval refuses a stale batch (a line's case changed since generation: its version differs or it is no
 * longer in payment) naming the households, and the street caseworker regenerates it; otherwise each line
 * becomes one RESTANDARD change effective the month, through {@link CaseWorkflow}, all in one transaction.
 */
@Service
@Transactional
public class RestandardBatchService {

	private static final String READ = "hasAnyRole('CHIEF', 'STREET_CASEWORKER')";

	private final RestandardBatchRepository batches;

	private final AssistanceCaseRepository caseRepository;

	private final InvestigationRepository investigations;

	private final CaseWorkflow workflow;

	private final DibaoAmounts amounts;

	private final JdbcClient jdbc;

	private final NamedParameterJdbcTemplate named;

	private final CommunityDirectory communities;

	private final ApplicationEventPublisher events;

	private final MessageSource messages;

	private final Clock clock;

	RestandardBatchService(RestandardBatchRepository batches, AssistanceCaseRepository caseRepository,
			InvestigationRepository investigations, CaseWorkflow workflow, DibaoAmounts amounts, JdbcClient jdbc,
			NamedParameterJdbcTemplate named, CommunityDirectory communities, ApplicationEventPublisher events,
			MessageSource messages, Clock clock) {
		this.batches = batches;
		this.caseRepository = caseRepository;
		this.investigations = investigations;
		this.workflow = workflow;
		this.amounts = amounts;
		this.jdbc = jdbc;
		this.named = named;
		this.communities = communities;
		this.events = events;
		this.messages = messages;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	@PreAuthorize(READ)
	public List<RestandardBatch> recent() {
		return batches.findTop50ByOrderByIdDesc();
	}

	@Transactional(readOnly = true)
	@PreAuthorize(READ)
	public RestandardBatch get(long id) {
		return batches.findById(id).orElseThrow(() -> new NotFoundException("RestandardBatch", id));
	}

	@Transactional(readOnly = true)
	@PreAuthorize(READ)
	public Page<RestandardLine> lines(RestandardBatch batch, String q, Pageable pageable, CurrentUser user) {
		String text = q == null || q.isBlank() ? null : q.strip();
		long total = search(jdbc.sql("select count(*) from assistance_restandard_line l " + LINES_WHERE), batch, text, user)
			.query(Long.class)
			.single();
		Map<Long, String> names = communities.names();
		List<RestandardLine> rows = search(jdbc.sql("select l.* from assistance_restandard_line l " + LINES_WHERE
				+ " order by l.household_no, l.case_id limit :limit offset :offset"), batch, text, user)
			.param("limit", pageable.getPageSize())
			.param("offset", pageable.getOffset())
			.query((rs, n) -> line(rs, names))
			.list();
		return new PageImpl<>(rows, pageable, total);
	}

	/** The lines of a batch in the user's scope, by 户号 (exact) or 申请人 (prefix). */
	private static final String LINES_WHERE = """
			where l.batch_id = :batch and (:all or l.community_id in (:scopeIds))
			  and (cast(:q as text) is null or l.household_no = :q or l.applicant_name like :qPrefix)""";

	private static JdbcClient.StatementSpec search(JdbcClient.StatementSpec spec, RestandardBatch batch, String q,
			CurrentUser user) {
		return spec.param("batch", batch.getId())
			.param("all", user.scope().all())
			.param("scopeIds", user.scope().idsForQuery())
			.param("q", q)
			.param("qPrefix", q == null ? null : q.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
	}

	@Transactional(readOnly = true)
	@PreAuthorize(READ)
	public List<RestandardLine> allLines(RestandardBatch batch, CurrentUser user) {
		return lines(batch, user, DibaoQueries.EXPORT_LIMIT, 0);
	}

	private List<RestandardLine> lines(RestandardBatch batch, CurrentUser user, int limit, long offset) {
		Map<Long, String> names = communities.names();
		return jdbc.sql("""
				select l.* from assistance_restandard_line l
				where l.batch_id = :batch and (:all or l.community_id in (:scopeIds))
				order by l.household_no, l.case_id limit :limit offset :offset""")
			.param("batch", batch.getId())
			.param("all", user.scope().all())
			.param("scopeIds", user.scope().idsForQuery())
			.param("limit", limit)
			.param("offset", offset)
			.query((rs, n) -> line(rs, names))
			.list();
	}

	/** Generates the batch for {@code month}; refused while another batch of that month is pending. */
	@PreAuthorize(Roles.STREET_PREPARE)
	public long generate(YearMonth month, CurrentUser user) {
		if (month == null) {
			throw new FieldRuleException("month", "dibao.restandard.form.month.required");
		}
		if (!month.isAfter(YearMonth.now(clock))) {
			throw new FieldRuleException("month", "dibao.restandard.rule.month-past");
		}
		if (batches.existsByMonthAndStatus(month.atDay(1), RestandardBatch.Status.PENDING)) {
			throw new FieldRuleException("month", "dibao.restandard.rule.pending-exists", month.toString());
		}
		List<Object[]> rows = jdbc.sql("""
				select c.id, c.version, c.household_no, c.applicant_name, c.community_id, inv.id as investigation_id,
				       ch.monthly_amount as old_amount
				from assistance_case c
				join lateral (select v.id from assistance_investigation v where v.case_id = c.id
				              order by v.id desc limit 1) inv on true
				join lateral (select x.monthly_amount from assistance_case_change x
				              where x.case_id = c.id and x.effective_month <= :month
				              order by x.effective_month desc, x.id desc limit 1) ch on true
				where c.programme = 'DIBAO' and c.state = 'CONFIRMED' and c.first_paid_month <= :month
				  and ch.monthly_amount > 0 and (:all or c.community_id in (:scopeIds))
				order by c.household_no, c.id
				""")
			.param("month", month.atDay(1))
			.param("all", user.scope().all())
			.param("scopeIds", user.scope().idsForQuery())
			.query((rs, n) -> new Object[] { rs.getLong("id"), rs.getLong("version"), rs.getString("household_no"),
					rs.getString("applicant_name"), rs.getLong("community_id"), rs.getLong("investigation_id"),
					rs.getBigDecimal("old_amount") })
			.list();
		// the cases and their latest visits in two queries; the amounts by the one 低保 computation, its
		// parameters read once for the month
		Map<Long, AssistanceCase> cases = new HashMap<>();
		caseRepository.findWithMembers(rows.stream().map(r -> (Long) r[0]).toList()).forEach(c -> cases.put(c.getId(), c));
		Map<Long, Investigation> visits = new HashMap<>();
		investigations.findWithDetails(rows.stream().map(r -> (Long) r[5]).toList()).forEach(i -> visits.put(i.getId(), i));
		DibaoAmounts monthAmounts = amounts.memoized();
		RestandardBatch batch = batches.saveAndFlush(new RestandardBatch(month, user.getUsername(), clock.instant()));
		List<MapSqlParameterSource> inserts = new ArrayList<>();
		BigDecimal oldTotal = BigDecimal.ZERO.setScale(2);
		BigDecimal newTotal = BigDecimal.ZERO.setScale(2);
		for (Object[] r : rows) {
			DibaoAmount a = monthAmounts.of(cases.get((Long) r[0]), visits.get((Long) r[5]), month);
			BigDecimal old = (BigDecimal) r[6];
			BigDecimal now = a.eligible() ? a.total() : old;
			BigDecimal base = a.eligible() ? a.base() : old;
			oldTotal = oldTotal.add(old);
			newTotal = newTotal.add(now);
			inserts.add(new MapSqlParameterSource().addValue("batch", batch.getId())
				.addValue("caseId", r[0])
				.addValue("version", r[1])
				.addValue("householdNo", r[2])
				.addValue("applicant", r[3])
				.addValue("community", r[4])
				.addValue("standard", a.standard())
				.addValue("covered", a.covered())
				.addValue("income", a.countedIncome())
				.addValue("rounding", a.rounding().name())
				.addValue("eligible", a.eligible())
				.addValue("old", old)
				.addValue("base", base)
				.addValue("now", now));
		}
		if (!inserts.isEmpty()) {
			named.batchUpdate("""
					insert into assistance_restandard_line (batch_id, case_id, case_version, household_no, applicant_name,
					    community_id, standard_amount, covered_count, counted_income, rounding, eligible, old_amount,
					    new_base, new_amount)
					values (:batch, :caseId, :version, :householdNo, :applicant, :community, :standard, :covered, :income,
					    :rounding, :eligible, :old, :base, :now)""", inserts.toArray(MapSqlParameterSource[]::new));
		}
		batch.totals(rows.size(), oldTotal, newTotal);
		batches.saveAndFlush(batch);
		audit(batch, "RESTANDARD_GENERATE", msg("dibao.restandard.audit.generated", month, rows.size(),
				oldTotal.toPlainString(), newTotal.toPlainString()));
		return batch.getId();
	}

	/**
	 * The chief approves: each eligible line becomes one RESTANDARD change effective the batch's month, with the
	 * batch id (a line whose case would no longer be eligible keeps its amount and the case is flagged for
	 * review). Refused when stale, by the preparer, from a state other than pending, or on a stale page.
	 */
	@PreAuthorize(Roles.APPROVE)
	public void approve(long id, long version, String comment, CurrentUser user) {
		RestandardBatch batch = pending(id, version, CaseAction.RESTANDARD);
		if (user.getUsername().equals(batch.getPreparedBy())) {
			throw new BusinessRuleException("assistance.four-eyes.preparer");
		}
		if (!batch.getMonth().isAfter(YearMonth.now(clock))) {
			throw new BusinessRuleException("dibao.restandard.rule.month-past");
		}
		List<String> stale = jdbc.sql("""
				select l.household_no from assistance_restandard_line l join assistance_case c on c.id = l.case_id
				where l.batch_id = :batch and (c.version <> l.case_version or c.state <> 'CONFIRMED')
				order by l.household_no""")
			.param("batch", id)
			.query(String.class)
			.list();
		if (!stale.isEmpty()) {
			throw new BusinessRuleException("dibao.restandard.rule.stale", stale.size(),
					String.join("、", stale.subList(0, Math.min(10, stale.size()))));
		}
		String text = comment == null || comment.isBlank() ? null : comment.strip();
		String reason = msg("dibao.restandard.reason", batch.getId(), batch.getMonth());
		LocalDate today = LocalDate.now(clock);
		for (RestandardLine line : lines(batch, user, DibaoQueries.EXPORT_LIMIT, 0)) {
			if (!line.eligible()) {
				workflow.flagForReview(line.caseId(), msg("dibao.restandard.not-eligible", batch.getMonth()), today);
				continue;
			}
			CaseAmount amount = new CaseAmount(line.standard(), line.covered(), line.countedIncome(),
					RoundingRule.valueOf(line.rounding()), line.newBase(), line.newAmount().subtract(line.newBase()),
					BigDecimal.ZERO);
			workflow.perform(line.caseId(), Programme.DIBAO, line.caseVersion(), CaseAction.RESTANDARD, user, reason,
					c -> workflow.recordChange(c, ChangeKind.RESTANDARD, batch.getMonth(), amount, null, reason,
							batch.getId(), user.getUsername()));
		}
		batch.decide(RestandardBatch.Status.APPROVED, user.getUsername(), clock.instant(), text);
		batches.saveAndFlush(batch);
		audit(batch, "RESTANDARD_APPROVE", msg("dibao.restandard.audit.approved", batch.getMonth(), batch.getLineCount(),
				batch.getNewTotal().toPlainString()));
	}

	@PreAuthorize(Roles.APPROVE)
	public void reject(long id, long version, String reason, CurrentUser user) {
		if (reason == null || reason.isBlank()) {
			throw new FieldRuleException("comment", "assistance.rule.reason-required");
		}
		RestandardBatch batch = pending(id, version, CaseAction.REJECT);
		if (user.getUsername().equals(batch.getPreparedBy())) {
			throw new BusinessRuleException("assistance.four-eyes.preparer");
		}
		batch.decide(RestandardBatch.Status.REJECTED, user.getUsername(), clock.instant(), reason.strip());
		batches.saveAndFlush(batch);
		audit(batch, "RESTANDARD_REJECT", msg("dibao.restandard.audit.rejected", batch.getMonth(), reason.strip()));
	}

	/** A stale (or otherwise outdated) pending batch is discarded and generated again from today's cases. */
	@PreAuthorize(Roles.STREET_PREPARE)
	public long regenerate(long id, long version, CurrentUser user) {
		RestandardBatch batch = pending(id, version, CaseAction.RESTANDARD);
		batch.discard();
		batches.saveAndFlush(batch);
		audit(batch, "RESTANDARD_DISCARD", msg("dibao.restandard.audit.discarded", batch.getMonth()));
		return generate(batch.getMonth(), user);
	}

	private RestandardBatch pending(long id, long version, CaseAction action) {
		RestandardBatch batch = get(id);
		OptimisticLock.check(batch, version, id);
		if (batch.getStatus() != RestandardBatch.Status.PENDING) {
			throw new BusinessRuleException("dibao.restandard.rule.not-pending",
					new DefaultMessageSourceResolvable("dibao.restandard.status." + batch.getStatus()));
		}
		return batch;
	}

	private void audit(RestandardBatch batch, String action, String summary) {
		events.publishEvent(AuditRecord.of("assistance", action, "RestandardBatch", batch.getId(), null, summary));
	}

	private String msg(String key, Object... args) {
		Object[] plain = Arrays.stream(args).map(String::valueOf).toArray();
		return messages.getMessage(key, plain, key, Locale.SIMPLIFIED_CHINESE);
	}

	private static RestandardLine line(ResultSet rs, Map<Long, String> names) throws SQLException {
		long community = rs.getLong("community_id");
		return new RestandardLine(rs.getLong("case_id"), rs.getLong("case_version"), rs.getString("household_no"),
				rs.getString("applicant_name"), community, names.getOrDefault(community, ""),
				rs.getBigDecimal("standard_amount"), rs.getInt("covered_count"), rs.getBigDecimal("counted_income"),
				rs.getString("rounding"), rs.getBoolean("eligible"), rs.getBigDecimal("old_amount"),
				rs.getBigDecimal("new_base"), rs.getBigDecimal("new_amount"));
	}

}
