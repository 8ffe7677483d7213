package cn.street.civil.payout.batch;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.street.civil.shared.audit.AuditRecord;
import cn.street.civil.shared.excel.ExcelImportException;
import cn.street.civil.shared.excel.ImportLimits;
import cn.street.civil.shared.excel.ImportedRow;
import cn.street.civil.shared.excel.ImportedSheet;
import cn.street.civil.shared.excel.XlsxImport;
import cn.street.civil.shared.security.CurrentUser;
import cn.street.civil.shared.security.Roles;
import cn.street.civil.shared.web.BusinessRuleException;

/**
 * The bank's answer to an approved batch (回盘): one row per line with 成功 and the date, or 失败 and the reason.
 * The file is checked whole before anything is written — every line of the batch exactly once, the 姓名 and the
 * 金额 as in the bank file — and a file with bad rows is reported row by row and changes nothing. Once imported,
 * the results are final (append-only); refused lines go into a 补发 batch.
 */
@Service
public class BankResultImport {

	/** The columns of the result file (and of its template), as message keys. */
	static final List<String> HEADER_KEYS = List.of("payout.line.no", "payout.bank-result.name", "payout.bank-result.amount",
			"payout.bank-result.outcome", "payout.bank-result.reason", "payout.bank-result.reference",
			"payout.bank-result.paid-on");

	/** One problem of the file, with the Excel row it is on (0 for the file as a whole). */
	public record RowError(int row, String message) {
	}

	/** What an import did, or the errors that stopped it. */
	public record Outcome(List<RowError> errors, int paid, int refused, BigDecimal paidAmount,
			BigDecimal refusedAmount) {

		public boolean imported() {
			return errors.isEmpty();
		}

	}

	/** The import already recorded for a batch. */
	public record Summary(String fileName, int paid, int refused, BigDecimal paidAmount, BigDecimal refusedAmount,
			String importedBy, java.time.Instant importedAt) {
	}

	private record Line(long id, int no, String name, BigDecimal amount) {
	}

	private record Result(long lineId, String outcome, LocalDate paidOn, String reference, String reason,
			BigDecimal amount) {
	}

	private final BankFile bankFile;

	private final JdbcClient jdbc;

	private final NamedParameterJdbcTemplate named;

	private final ApplicationEventPublisher events;

	private final MessageSource messages;

	private final Clock clock;

	BankResultImport(BankFile bankFile, JdbcClient jdbc, NamedParameterJdbcTemplate named,
			ApplicationEventPublisher events, MessageSource messages, Clock clock) {
		this.bankFile = bankFile;
		this.jdbc = jdbc;
		this.named = named;
		this.events = events;
		this.messages = messages;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	@PreAuthorize(Roles.CASE_READ)
	public java.util.Optional<Summary> summary(long batchId) {
		return jdbc.sql("select * from payout_bank_import where batch_id = :id")
			.param("id", batchId)
			.query((rs, n) -> new Summary(rs.getString("file_name"), rs.getInt("paid_count"), rs.getInt("refused_count"),
					rs.getBigDecimal("paid_amount"), rs.getBigDecimal("refused_amount"), rs.getString("imported_by"),
					rs.getTimestamp("imported_at").toInstant()))
			.optional();
	}

	/** The file to fill in: every line with its 序号, 姓名 and 金额, 结果 preset to 成功. */
	@Transactional(readOnly = true)
	@PreAuthorize(Roles.STREET_PREPARE)
	public void template(long batchId, OutputStream out) throws IOException {
		PayoutBatch batch = bankFile.exportable(batchId);
		List<List<String>> rows = new ArrayList<>();
		String paid = msg("payout.bank-result.PAID");
		for (Line line : lines(batch.getId()).values()) {
			rows.add(List.of(String.valueOf(line.no()), line.name(), line.amount().toPlainString(), paid, "", "", ""));
		}
		cn.street.civil.shared.excel.XlsxExport.template(out, msg("payout.bank-result.sheet"), headers(), rows);
	}

	@Transactional
	@PreAuthorize(Roles.STREET_PREPARE)
	public Outcome importFile(long batchId, String fileName, InputStream content, CurrentUser user) {
		PayoutBatch batch = bankFile.exportable(batchId);
		if (summary(batchId).isPresent()) {
			throw new BusinessRuleException("payout.bank-result.already");
		}
		ImportedSheet sheet;
		try {
			sheet = XlsxImport.read(content, ImportLimits.standard());
		}
		catch (ExcelImportException ex) {
			return failed(List.of(new RowError(0, ex.getMessage())));
		}
		List<RowError> errors = new ArrayList<>();
		List<String> h = headers();
		String paidText = msg("payout.bank-result.PAID");
		String refusedText = msg("payout.bank-result.REFUSED");
		for (String header : h.subList(0, 4)) {
			if (!sheet.headers().contains(header)) {
				errors.add(new RowError(1, msg("payout.bank-result.error.header", header)));
			}
		}
		if (!errors.isEmpty()) {
			return failed(errors);
		}
		Map<Integer, Line> lines = lines(batch.getId());
		Map<Integer, Integer> seen = new HashMap<>();
		List<Result> results = new ArrayList<>();
		LocalDate today = LocalDate.now(clock);
		for (ImportedRow row : sheet.rows()) {
			int before = errors.size();
			Integer no = parseNo(row.get(h.get(0)));
			Line line = no == null ? null : lines.get(no);
			if (line == null) {
				errors.add(new RowError(row.rowNumber(), msg("payout.bank-result.error.no", row.get(h.get(0)))));
				continue;
			}
			Integer first = seen.putIfAbsent(no, row.rowNumber());
			if (first != null) {
				errors.add(new RowError(row.rowNumber(), msg("payout.bank-result.error.twice", no, first)));
				continue;
			}
			if (!line.name().equals(row.get(h.get(1)))) {
				errors.add(new RowError(row.rowNumber(), msg("payout.bank-result.error.name", no, row.get(h.get(1)), line.name())));
			}
			BigDecimal amount = parseAmount(row.get(h.get(2)));
			if (amount == null || amount.compareTo(line.amount()) != 0) {
				errors.add(new RowError(row.rowNumber(), msg("payout.bank-result.error.amount", no, row.get(h.get(2)),
						line.amount().toPlainString())));
			}
			String outcome = row.get(h.get(3));
			LocalDate paidOn = null;
			if (paidText.equals(outcome)) {
				paidOn = parseDate(row.get(h.get(6)));
				if (paidOn == null || paidOn.isAfter(today)) {
					errors.add(new RowError(row.rowNumber(), msg("payout.bank-result.error.date", no, row.get(h.get(6)))));
				}
			}
			else if (refusedText.equals(outcome)) {
				if (row.get(h.get(4)).isEmpty()) {
					errors.add(new RowError(row.rowNumber(), msg("payout.bank-result.error.reason", no)));
				}
			}
			else {
				errors.add(new RowError(row.rowNumber(), msg("payout.bank-result.error.outcome", no, outcome)));
			}
			if (errors.size() == before) {
				results.add(new Result(line.id(), paidText.equals(outcome) ? "PAID" : "REFUSED", paidOn,
						blankToNull(row.get(h.get(5))), refusedText.equals(outcome) ? row.get(h.get(4)) : null,
						line.amount()));
			}
		}
		Set<Integer> missing = new TreeSet<>(lines.keySet());
		missing.removeAll(seen.keySet());
		if (!missing.isEmpty()) {
			errors.add(new RowError(0, msg("payout.bank-result.error.missing", missing.size(),
					String.join("、", missing.stream().limit(20).map(String::valueOf).toList()))));
		}
		if (!errors.isEmpty()) {
			return failed(errors);
		}
		return record(batch, fileName, results, user);
	}

	private Outcome record(PayoutBatch batch, String fileName, List<Result> results, CurrentUser user) {
		BigDecimal zero = BigDecimal.ZERO.setScale(2);
		int paid = (int) results.stream().filter(r -> r.outcome().equals("PAID")).count();
		BigDecimal paidAmount = results.stream().filter(r -> r.outcome().equals("PAID")).map(Result::amount)
			.reduce(zero, BigDecimal::add);
		BigDecimal refusedAmount = results.stream().filter(r -> r.outcome().equals("REFUSED")).map(Result::amount)
			.reduce(zero, BigDecimal::add);
		GeneratedKeyHolder key = new GeneratedKeyHolder();
		named.update("""
				insert into payout_bank_import (batch_id, file_name, paid_count, refused_count, paid_amount, refused_amount,
				                                imported_by, imported_at)
				values (:batch, :file, :paid, :refused, :paidAmount, :refusedAmount, :by, :at)""",
				new MapSqlParameterSource().addValue("batch", batch.getId())
					.addValue("file", fileName == null || fileName.isBlank() ? "-" : left(fileName, 200))
					.addValue("paid", paid)
					.addValue("refused", results.size() - paid)
					.addValue("paidAmount", paidAmount)
					.addValue("refusedAmount", refusedAmount)
					.addValue("by", user.getUsername())
					.addValue("at", java.sql.Timestamp.from(clock.instant())),
				key, new String[] { "id" });
		long importId = key.getKey().longValue();
		SqlParameterSource[] rows = results.stream()
			.map(r -> new MapSqlParameterSource().addValue("line", r.lineId())
				.addValue("import", importId)
				.addValue("outcome", r.outcome())
				.addValue("paidOn", r.paidOn())
				.addValue("reference", r.reference() == null ? null : left(r.reference(), 60))
				.addValue("reason", r.reason() == null ? null : left(r.reason(), 200)))
			.toArray(SqlParameterSource[]::new);
		named.batchUpdate("""
				insert into payout_bank_result (line_id, import_id, outcome, paid_on, bank_reference, refusal_reason)
				values (:line, :import, :outcome, :paidOn, :reference, :reason)""", rows);
		events.publishEvent(AuditRecord.of("payout", "IMPORT_BANK_RESULT", "PayoutBatch", batch.getId(), null,
				msg("payout.audit.bank-result", msg("payout.programme." + batch.getProgramme()), batch.month(), paid,
						results.size() - paid, PayoutBatchService.money(refusedAmount))));
		return new Outcome(List.of(), paid, results.size() - paid, paidAmount, refusedAmount);
	}

	private List<String> headers() {
		return HEADER_KEYS.stream().map(this::msg).toList();
	}

	private Map<Integer, Line> lines(long batchId) {
		Map<Integer, Line> lines = new java.util.LinkedHashMap<>();
		jdbc.sql("select id, line_no, coalesce(account_holder, payee_name) as name, amount from payout_line "
				+ "where batch_id = :batch order by line_no")
			.param("batch", batchId)
			.query((rs, n) -> new Line(rs.getLong("id"), rs.getInt("line_no"), rs.getString("name"),
					rs.getBigDecimal("amount")))
			.list()
			.forEach(l -> lines.put(l.no(), l));
		return lines;
	}

	private static Outcome failed(List<RowError> errors) {
		BigDecimal zero = BigDecimal.ZERO.setScale(2);
		return new Outcome(List.copyOf(errors), 0, 0, zero, zero);
	}

	private static Integer parseNo(String text) {
		try {
			return Integer.valueOf(text.endsWith(".0") ? text.substring(0, text.length() - 2) : text);
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	private static BigDecimal parseAmount(String text) {
		try {
			return new BigDecimal(text.replace(",", ""));
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	private static LocalDate parseDate(String text) {
		try {
			return LocalDate.parse(text.replace('/', '-'));
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

	private static String left(String text, int max) {
		return text.length() <= max ? text : text.substring(0, max);
	}

	private String msg(String key, Object... args) {
		Object[] plain = java.util.Arrays.stream(args).map(String::valueOf).toArray();
		return messages.getMessage(key, plain, key, Locale.SIMPLIFIED_CHINESE);
	}

}
