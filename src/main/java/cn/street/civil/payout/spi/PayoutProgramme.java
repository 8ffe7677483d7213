package cn.street.civil.payout.spi;

import java.time.YearMonth;
import java.util.Map;

/**
 * What a programme implements to be paid by the monthly payout (发放): "the entitlements in force in month M" as
 * one SQL {@code SELECT} the payout module runs inside its own {@code INSERT … SELECT} into the batch lines, so a
 * month's roster is generated in the database, never by a loop over entities. A programme registers a Spring bean
 * of this type and touches nothing else of the payout module.
 * <p>
 * <b>The entitlement query</b> ({@link #entitlementsSql()}) reads the programme's own tables and the registry's
 * published views, takes the named parameter {@code :month} (a {@code date}, the first day of M) plus any
 * {@link #parameters(YearMonth)} it declares, and returns one row per recipient paid for M with exactly these
 * columns (any order, extra columns are ignored):
 * <table>
 * <tr><td>{@code recipient_key}</td><td>text, unique per recipient in the programme and stable from month to month
 * (e.g. {@code 'H' || household_id} for a household programme, {@code 'P' || person_id} for a person's), so month
 * M can be compared with M−1 even when the source record changes (停旧建新)</td></tr>
 * <tr><td>{@code payee_person_id}</td><td>bigint: whose name and 身份证号 go on the bank file</td></tr>
 * <tr><td>{@code household_id}</td><td>bigint: whose registered payout account is paid into</td></tr>
 * <tr><td>{@code community_id}</td><td>bigint: the community the line belongs to (scope, 花名册, 月报)</td></tr>
 * <tr><td>{@code person_count}</td><td>integer: 保障人数 (1 for a person's entitlement)</td></tr>
 * <tr><td>{@code amount}</td><td>numeric(12,2) &gt; 0: the month's amount, exact</td></tr>
 * <tr><td>{@code base_amount}, {@code add_ons}, {@code care_amount}</td><td>numeric: its parts for the 花名册
 * (基本保障金, 分类施保金 or another supplement, 照料护理费); they sum to {@code amount}</td></tr>
 * <tr><td>{@code breakdown}</td><td>text: how the amount was reached, in the words a chief checks (standard,
 * income, add-ons, tier)</td></tr>
 * <tr><td>{@code source_id}</td><td>bigint: the programme's record the line comes from (linked through
 * {@link #sourceHref(long)})</td></tr>
 * <tr><td>{@code change_note}</td><td>text or null: why the amount changed this month, when it did (调标, 复核增发,
 * a new tier …)</td></tr>
 * <tr><td>{@code review_overdue}</td><td>boolean: the source's periodic review is overdue (a warning)</td></tr>
 * <tr><td>{@code max_amount}</td><td>numeric or null: the most this line can plausibly be; above it is a check</td></tr>
 * </table>
 * Rows paying 0 are not returned. The payout module adds everything else (bank account reference, names, 城/乡,
 * death and moving out, duplicates, the comparison with M−1) from the registry's views and the previous batch.
 * <p>
 * <b>The stop query</b> ({@link #stopReasonsSql()}) explains a recipient paid in M−1 and not in M: rows of
 * {@code recipient_key}, {@code reason} (text) for the same {@code :month}; the payout module asks it only about
 * the recipients that stopped and falls back to the registry (death, moved out) and then to "no longer entitled".
 */
public interface PayoutProgramme {

	/** The programme's code on every batch, e.g. {@code DIBAO}; its label is {@code payout.programme.<code>}. */
	String code();

	/** Where the programme stands among the others in lists and the 月报 (low first). */
	int order();

	/** The entitlement query described above. */
	String entitlementsSql();

	/** The stop-reason query described above. */
	String stopReasonsSql();

	/**
	 * Extra named parameters both queries use for month M (e.g. the breakdown's wording from the programme's
	 * message bundle, a standard in force); {@code :month} is always bound by the payout module.
	 */
	default Map<String, Object> parameters(YearMonth month) {
		return Map.of();
	}

	/** The link to the source record of a line, e.g. {@code /dibao/cases/42}. */
	String sourceHref(long sourceId);

	/**
	 * Whether the programme pays the same recipients month after month (低保, 补贴, 高龄…), so that month M is compared
	 * with M−1 (new, changed, stopped). A one-off payment (the cash of a holiday visit) is not: every line is new and
	 * nobody "stops" the month after.
	 */
	default boolean recurring() {
		return true;
	}

	/**
	 * Whether the 月报 shows 月人均补差 (amount ÷ persons) for this programme: true for 低保, where the amount is a
	 * top-up of income to the standard.
	 */
	default boolean reportsAverageTopUp() {
		return false;
	}

}
