package cn.street.civil.payout.batch;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.street.civil.shared.audit.AuditRecord;
import cn.street.civil.shared.persistence.OptimisticLock;
import cn.street.civil.shared.security.CurrentUser;
import cn.street.civil.shared.security.Roles;
import cn.street.civil.shared.web.BusinessRuleException;
import cn.street.civil.shared.web.FieldRuleException;
import cn.street.civil.shared.web.NotFoundException;

/**
 * Corrections of an approved batch, which itself never changes: a 补发 batch pays lines again (those the bank
 * refused, or the difference of an underpaid one) into the account the registry has now; a 追回 batch records
 * what is to be recovered of lines paid (at most what was paid, less what earlier 追回 took). Both link to the
 * original, name their reason and are submitted and approved like the month's batch.
 */
@Service
@Transactional
public class Supplements {

	/** A line of the form: the original 序号 and the amount (null: the original amount). */
	record Entry(int no, BigDecimal amount) {
	}

	private final PayoutBatchRepository batches;

	private final RosterGenerator generator;

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	private final MessageSource messages;

	private final Clock clock;

	Supplements(PayoutBatchRepository batches, RosterGenerator generator, JdbcClient jdbc,
			ApplicationEventPublisher events, MessageSource messages, Clock clock) {
		this.batches = batches;
		this.generator = generator;
		this.jdbc = jdbc;
		this.events = events;
		this.messages = messages;
		this.clock = clock;
	}

	/** The 序号 and amounts of the lines the bank refused, as the 补发 form's preset. */
	@Transactional(readOnly = true)
	@PreAuthorize(Roles.STREET_PREPARE)
	public String refusedLines(long originalId) {
		return String.join("\n", jdbc.sql("""
				select l.line_no || ' ' || l.amount from payout_line l
				join payout_bank_result r on r.line_id = l.id and r.outcome = 'REFUSED'
				where l.batch_id = :batch
				  and not exists (select 1 from payout_line s join payout_batch b on b.id = s.batch_id
				                  where s.original_line_id = l.id and b.kind = 'BACK_PAY')
				order by l.line_no""").param("batch", originalId).query(String.class).list());
	}

	@PreAuthorize(Roles.STREET_PREPARE)
	public long create(long originalId, BatchKind kind, String reason, String linesText, CurrentUser user) {
		PayoutBatch original = batches.findForUpdate(originalId)
			.orElseThrow(() -> new NotFoundException("PayoutBatch", originalId));
		if (original.getState() != BatchState.APPROVED || original.getKind() != BatchKind.REGULAR) {
			throw new BusinessRuleException("payout.supplement.rule.original");
		}
		if (kind == null || kind == BatchKind.REGULAR) {
			throw new FieldRuleException("kind", "payout.supplement.rule.kind");
		}
		if (reason == null || reason.isBlank()) {
			throw new FieldRuleException("reason", "payout.supplement.rule.reason");
		}
		Map<Integer, BigDecimal> amounts = amounts(original, kind, parse(linesText));
		PayoutBatch supplement = batches.saveAndFlush(
				PayoutBatch.supplement(original, kind, reason.strip(), user.getUsername(), clock.instant()));
		supplement.totals(generator.fillSupplement(supplement, amounts), null);
		batches.flush();
		events.publishEvent(AuditRecord.of("payout", "SUPPLEMENT", "PayoutBatch", supplement.getId(), null,
				msg("payout.audit.supplement", msg("payout.kind." + kind), msg("payout.programme." + original.getProgramme()),
						original.month(), supplement.getLineCount(), PayoutBatchService.money(supplement.getTotalAmount()),
						supplement.getReason())));
		return supplement.getId();
	}

	/** A supplement not yet approved may be thrown away (and made again); a month's batch never is. */
	@PreAuthorize(Roles.STREET_PREPARE)
	public long discard(long id, long version) {
		PayoutBatch batch = batches.findForUpdate(id).orElseThrow(() -> new NotFoundException("PayoutBatch", id));
		OptimisticLock.check(batch, version, id);
		if (batch.getKind() == BatchKind.REGULAR || !batch.getState().editable()) {
			throw new BusinessRuleException("payout.supplement.rule.discard");
		}
		generator.clear(id);
		batches.delete(batch);
		batches.flush();
		events.publishEvent(AuditRecord.of("payout", "DISCARD", "PayoutBatch", id, null,
				msg("payout.audit.discarded", msg("payout.kind." + batch.getKind()), batch.getReason())));
		return batch.getOriginalBatchId();
	}

	private List<Entry> parse(String text) {
		List<Entry> entries = new ArrayList<>();
		List<String> errors = new ArrayList<>();
		if (text != null) {
			for (String raw : text.split("\\R")) {
				String line = raw.replace('，', ' ').replace(',', ' ').replace('\u3000', ' ').strip();
				if (line.isEmpty()) {
					continue;
				}
				String[] parts = line.split("\\s+");
				try {
					int no = Integer.parseInt(parts[0]);
					BigDecimal amount = parts.length > 1 ? new BigDecimal(parts[1]) : null;
					if (parts.length > 2 || (amount != null && (amount.signum() <= 0 || amount.scale() > 2))) {
						throw new NumberFormatException();
					}
					entries.add(new Entry(no, amount));
				}
				catch (NumberFormatException ex) {
					errors.add(line);
				}
			}
		}
		if (!errors.isEmpty()) {
			throw new FieldRuleException("lines", "payout.supplement.rule.syntax", String.join("；", errors));
		}
		if (entries.isEmpty()) {
			throw new FieldRuleException("lines", "payout.supplement.rule.empty");
		}
		return entries;
	}

	/** The amount of each named line, checked against the original line, its bank result and earlier supplements. */
	private Map<Integer, BigDecimal> amounts(PayoutBatch original, BatchKind kind, List<Entry> entries) {
		Map<Integer, Original> lines = new LinkedHashMap<>();
		jdbc.sql("""
				select l.line_no, l.amount, r.outcome,
				       (select count(*) from payout_line s join payout_batch b on b.id = s.batch_id
				        where s.original_line_id = l.id and b.kind = 'BACK_PAY') as back_pays,
				       (select coalesce(sum(s.amount), 0) from payout_line s join payout_batch b on b.id = s.batch_id
				        where s.original_line_id = l.id and b.kind = 'RECOVERY') as recovered
				from payout_line l left join payout_bank_result r on r.line_id = l.id
				where l.batch_id = :batch and l.line_no = any(cast(:nos as int[]))""")
			.param("batch", original.getId())
			.param("nos", entries.stream().map(e -> String.valueOf(e.no()))
				.collect(java.util.stream.Collectors.joining(",", "{", "}")))
			.query((rs, n) -> new Original(rs.getInt("line_no"), rs.getBigDecimal("amount"), rs.getString("outcome"),
					rs.getLong("back_pays"), rs.getBigDecimal("recovered")))
			.list()
			.forEach(o -> lines.put(o.no(), o));
		Map<Integer, BigDecimal> amounts = new LinkedHashMap<>();
		List<String> errors = new ArrayList<>();
		for (Entry entry : entries) {
			Original line = lines.get(entry.no());
			BigDecimal amount = entry.amount() == null && line != null ? line.amount() : entry.amount();
			if (line == null) {
				errors.add(msg("payout.supplement.rule.no-line", entry.no()));
			}
			else if (amounts.containsKey(entry.no())) {
				errors.add(msg("payout.supplement.rule.twice", entry.no()));
			}
			else if (kind == BatchKind.BACK_PAY && line.backPays() > 0) {
				errors.add(msg("payout.supplement.rule.back-paid", entry.no()));
			}
			else if (kind == BatchKind.RECOVERY && "REFUSED".equals(line.outcome())) {
				errors.add(msg("payout.supplement.rule.not-paid", entry.no()));
			}
			else if (kind == BatchKind.RECOVERY && amount.compareTo(line.amount().subtract(line.recovered())) > 0) {
				errors.add(msg("payout.supplement.rule.too-much", entry.no(),
						line.amount().subtract(line.recovered()).toPlainString()));
			}
			else {
				amounts.put(entry.no(), amount.setScale(2));
			}
		}
		if (!errors.isEmpty()) {
			throw new FieldRuleException("lines", "payout.supplement.rule.lines", String.join("；", errors));
		}
		return amounts;
	}

	private record Original(int no, BigDecimal amount, String outcome, long backPays, BigDecimal recovered) {
	}

	private String msg(String key, Object... args) {
		Object[] plain = java.util.Arrays.stream(args).map(String::valueOf).toArray();
		return messages.getMessage(key, plain, key, Locale.SIMPLIFIED_CHINESE);
	}

}
