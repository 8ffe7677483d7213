package cn.street.civil.payout.report;

import java.math.BigDecimal;
import java.time.YearMonth;

import cn.street.civil.community.CommunityDirectory;
import cn.street.civil.community.CommunityRef;
import cn.street.civil.shared.security.CurrentUser;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Approved batches the 月报 tests know to the fen, written once into the shared test database in months nobody else
 * uses: December 1999 and January 2000 of 低保 in hongyuan's community (A) and another (B), with a stop, a new
 * household, an approved 补发 and 追回, and a draft 补发 and a draft 特困 batch that must not count. The demo
 * street's own approved history (12 months) is checked against the sums of its lines as it stands.
 */
final class ReportFixture {

	static final YearMonth DECEMBER = YearMonth.of(1999, 12);

	static final YearMonth JANUARY = YearMonth.of(2000, 1);

	static final String DIBAO = "DIBAO";

	static final String TEKUN = "TEKUN";

	static long a;

	static long b;

	private static boolean written;

	private final JdbcClient jdbc;

	private ReportFixture(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	static synchronized void ensure(JdbcClient jdbc, UserDetailsService accounts, CommunityDirectory communities) {
		if (written) {
			return;
		}
		a = ((CurrentUser) accounts.loadUserByUsername("hongyuan")).communityId();
		b = communities.active().stream().mapToLong(CommunityRef::id).filter(id -> id != a).findFirst().orElseThrow();
		new ReportFixture(jdbc).write();
		written = true;
	}

	private void write() {
		long december = batch(DIBAO, DECEMBER, "REGULAR", null);
		line(december, 1, 9_000_001, a, "URBAN", 2, "600.10", "NEW");
		long p2 = line(december, 2, 9_000_002, a, "RURAL", 1, "300.05", "NEW");
		line(december, 3, 9_000_003, b, "URBAN", 3, "900.00", "NEW");
		approve(december);
		long january = batch(DIBAO, JANUARY, "REGULAR", null);
		line(january, 1, 9_000_001, a, "URBAN", 2, "660.11", "INCREASED");
		line(january, 2, 9_000_004, a, "URBAN", 3, "1000.00", "NEW");
		line(january, 3, 9_000_003, b, "URBAN", 3, "990.00", "INCREASED");
		jdbc.sql("""
				insert into payout_stop (batch_id, recipient_key, previous_line_id, community_id, payee_name,
				                         previous_amount, reason)
				values (:batch, 'H9000002', :line, :community, '测试停发', 300.05, '本月不再享受')""")
			.param("batch", january).param("line", p2).param("community", a).update();
		approve(january);
		long backPay = batch(DIBAO, JANUARY, "BACK_PAY", january);
		line(backPay, 1, 9_000_001, a, "URBAN", 2, "50.01", "SAME");
		approve(backPay);
		long recovery = batch(DIBAO, JANUARY, "RECOVERY", january);
		line(recovery, 1, 9_000_003, b, "URBAN", 3, "12.34", "SAME");
		approve(recovery);
		long draftBackPay = batch(DIBAO, JANUARY, "BACK_PAY", january);
		line(draftBackPay, 1, 9_000_001, a, "URBAN", 2, "999.99", "SAME");
		long draftTekun = batch(TEKUN, JANUARY, "REGULAR", null);
		line(draftTekun, 1, 9_000_005, a, "URBAN", 1, "777.77", "NEW");
	}

	private long batch(String programme, YearMonth month, String kind, Long original) {
		return jdbc.sql("""
				insert into payout_batch (programme, month, kind, original_batch_id, state, reason, generated_by,
				                          generated_at, created_at, created_by, updated_at, updated_by)
				values (:programme, :month, :kind, :original, 'DRAFT', :reason, 'jiedao', now(), now(), 'jiedao', now(),
				        'jiedao') returning id""")
			.param("programme", programme)
			.param("month", month.atDay(1))
			.param("kind", kind)
			.param("original", original)
			.param("reason", kind.equals("REGULAR") ? null : "月报测试")
			.query(Long.class)
			.single();
	}

	private long line(long batch, int no, long household, long community, String residence, int persons,
			String amount, String mark) {
		return jdbc.sql("""
				insert into payout_line (batch_id, line_no, recipient_key, payee_person_id, household_id, community_id,
				                         residence_type, payee_name, has_account, person_count, amount, base_amount,
				                         change_mark)
				values (:batch, :no, :key, :household, :household, :community, :residence, '测试', true, :persons,
				        :amount, :amount, :mark) returning id""")
			.param("batch", batch)
			.param("no", no)
			.param("key", "H" + household)
			.param("household", household)
			.param("community", community)
			.param("residence", residence)
			.param("persons", persons)
			.param("amount", new BigDecimal(amount))
			.param("mark", mark)
			.query(Long.class)
			.single();
	}

	/** Approved by the chief after the street caseworker generated and submitted it, with its totals. */
	private void approve(long batch) {
		jdbc.sql("""
				update payout_batch b set state = 'APPROVED', submitted_by = 'jiedao', submitted_at = now(),
				       approved_by = 'chief', approved_at = now(),
				       line_count = (select count(*) from payout_line l where l.batch_id = b.id),
				       household_count = (select count(distinct household_id) from payout_line l where l.batch_id = b.id),
				       person_count = (select coalesce(sum(person_count), 0) from payout_line l where l.batch_id = b.id),
				       total_amount = (select coalesce(sum(amount), 0) from payout_line l where l.batch_id = b.id)
				where id = :id""")
			.param("id", batch)
			.update();
	}

}
