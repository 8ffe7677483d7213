package cn.street.civil.payout.batch;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.stream.Stream;

import javax.sql.DataSource;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.street.civil.household.HouseholdDirectory;
import cn.street.civil.shared.audit.AuditRecord;
import cn.street.civil.shared.excel.Column;
import cn.street.civil.shared.excel.CsvExport;
import cn.street.civil.shared.excel.XlsxExport;
import cn.street.civil.shared.security.CurrentUser;
import cn.street.civil.shared.web.BusinessRuleException;
import cn.street.civil.shared.web.NotFoundException;

/**
 * The bank disbursement file (代发文件) of an approved batch: 序号, 姓名 (the account holder), 身份证号, 银行名称,
 * 银行账号, 金额, 备注, then the control row 总笔数 / 总金额 summed while writing. The full account and ID numbers come
 * from the registry's audited reveal (one call each for the whole file); the lines stream from the database, so a
 * 60,000-line file needs no more memory than the two maps of numbers. CSV (UTF-8 with BOM) or .xlsx; cells that
 * look like formulas are neutralised by {@link CsvExport} / {@link XlsxExport}.
 */
@Service
public class BankFile {

	public enum Format {
		CSV, XLSX
	}

	/** One row of the file; the control row carries its labels in the first columns. */
	public record BankRow(String no, String name, String idNumber, String bank, String account, BigDecimal amount,
			String memo) {
	}

	private static final String LINES = """
			select line_no, household_id, payee_person_id, account_holder, payee_name, bank_name, amount, note
			from payout_line where batch_id = ? order by line_no""";

	private final PayoutBatchRepository batches;

	private final HouseholdDirectory directory;

	private final JdbcTemplate streaming;

	private final ApplicationEventPublisher events;

	private final MessageSource messages;

	BankFile(PayoutBatchRepository batches, HouseholdDirectory directory, DataSource dataSource,
			ApplicationEventPublisher events, MessageSource messages) {
		this.batches = batches;
		this.directory = directory;
		this.streaming = new JdbcTemplate(dataSource);
		this.streaming.setFetchSize(1_000);
		this.events = events;
		this.messages = messages;
	}

	/** The batch whose file may be written, or the reason it may not. */
	@Transactional(readOnly = true)
	@PreAuthorize("hasAnyRole('CHIEF', 'STREET_CASEWORKER')")
	public PayoutBatch exportable(long batchId) {
		PayoutBatch batch = batches.findById(batchId).orElseThrow(() -> new NotFoundException("PayoutBatch", batchId));
		if (batch.getState() != BatchState.APPROVED) {
			throw new BusinessRuleException("payout.bank-file.not-approved");
		}
		if (batch.getKind() == BatchKind.RECOVERY) {
			throw new BusinessRuleException("payout.bank-file.recovery");
		}
		return batch;
	}

	public String fileName(PayoutBatch batch, Format format) {
		return msg("payout.bank-file.name", msg("payout.programme." + batch.getProgramme()), batch.month(),
				msg("payout.kind." + batch.getKind())) + (format == Format.CSV ? ".csv" : ".xlsx");
	}

	/** Writes the file; the reveal and the export are audited in the same transaction. */
	@Transactional
	@PreAuthorize("hasAnyRole('CHIEF', 'STREET_CASEWORKER')")
	public void write(long batchId, Format format, OutputStream out, CurrentUser user) throws IOException {
		PayoutBatch batch = exportable(batchId);
		String purpose = msg("payout.bank-file.purpose", batch.getId(), msg("payout.programme." + batch.getProgramme()),
				batch.month());
		Map<Long, String> accounts = directory.revealPayoutAccounts(
				streaming.queryForList("select distinct household_id from payout_line where batch_id = ?", Long.class,
						batch.getId()), purpose, user.scope());
		Map<Long, String> idNumbers = directory.revealIdNumbers(
				streaming.queryForList("select distinct payee_person_id from payout_line where batch_id = ?", Long.class,
						batch.getId()), purpose, user.scope());
		String memo = msg("payout.bank-file.memo", DateTimeFormatter.ofPattern("yyyy年MM月").format(batch.getMonth()),
				msg("payout.programme." + batch.getProgramme()), batch.getKind() == BatchKind.REGULAR ? ""
						: msg("payout.kind." + batch.getKind()));
		Totals totals = new Totals();
		try (Stream<BankRow> lines = streaming.queryForStream(LINES, (rs, n) -> {
			String holder = rs.getString("account_holder");
			return new BankRow(String.valueOf(rs.getInt("line_no")), holder != null ? holder : rs.getString("payee_name"),
					idNumbers.get(rs.getLong("payee_person_id")), rs.getString("bank_name"),
					accounts.get(rs.getLong("household_id")), rs.getBigDecimal("amount"),
					rs.getString("note") == null ? memo : memo + " " + rs.getString("note"));
		}, batch.getId())) {
			Iterable<BankRow> rows = () -> withControlRow(lines.map(totals::count).iterator(), totals);
			if (format == Format.CSV) {
				try (CsvExport csv = CsvExport.open(out)) {
					csv.row(headers().toArray());
					for (BankRow row : rows) {
						csv.row(row.no(), row.name(), row.idNumber(), row.bank(), row.account(), row.amount(), row.memo());
					}
				}
			}
			else {
				XlsxExport.write(out, msg("payout.bank-file.sheet"), columns(), rows);
			}
		}
		catch (UncheckedIOException ex) {
			throw ex.getCause();
		}
		events.publishEvent(AuditRecord.of("payout", "EXPORT_BANK_FILE", "PayoutBatch", batch.getId(), null,
				msg("payout.audit.bank-file", msg("payout.programme." + batch.getProgramme()), batch.month(),
						msg("payout.kind." + batch.getKind()), totals.count, PayoutBatchService.money(totals.amount),
						format)));
	}

	private List<String> headers() {
		return List.of(msg("payout.line.no"), msg("payout.bank-file.name-column"), msg("payout.line.id-number"),
				msg("payout.line.bank"), msg("payout.line.account"), msg("payout.bank-file.amount"),
				msg("payout.bank-file.memo-column"));
	}

	private List<Column<BankRow>> columns() {
		List<String> h = headers();
		return List.of(new Column<>(h.get(0), BankRow::no), new Column<>(h.get(1), BankRow::name),
				new Column<>(h.get(2), BankRow::idNumber), new Column<>(h.get(3), BankRow::bank),
				new Column<>(h.get(4), BankRow::account), new Column<>(h.get(5), BankRow::amount),
				new Column<>(h.get(6), BankRow::memo));
	}

	/** The lines, then one row 总笔数 n / 总金额 x of exactly what was written. */
	private Iterator<BankRow> withControlRow(Iterator<BankRow> lines, Totals totals) {
		return new Iterator<>() {

			private boolean controlWritten;

			@Override
			public boolean hasNext() {
				return lines.hasNext() || !controlWritten;
			}

			@Override
			public BankRow next() {
				if (lines.hasNext()) {
					return lines.next();
				}
				if (controlWritten) {
					throw new NoSuchElementException();
				}
				controlWritten = true;
				return new BankRow(msg("payout.bank-file.count"), String.valueOf(totals.count),
						msg("payout.bank-file.total"), null, null, totals.amount, null);
			}
		};
	}

	private static final class Totals {

		long count;

		BigDecimal amount = BigDecimal.ZERO.setScale(2);

		BankRow count(BankRow row) {
			count++;
			amount = amount.add(row.amount());
			return row;
		}

	}

	private String msg(String key, Object... args) {
		Object[] plain = java.util.Arrays.stream(args).map(String::valueOf).toArray();
		return messages.getMessage(key, plain, key, Locale.SIMPLIFIED_CHINESE);
	}

}
