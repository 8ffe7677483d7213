package cn.street.civil.payout.batch;

/**
 * What the line list is narrowed to: a community, a change mark (NEW, INCREASED, DECREASED; CHANGED = any of
 * them), a check (a code, or BLOCKING / WARNING / ANY), the bank's outcome (PAID, REFUSED), a name or 序号.
 */
public record LineFilter(Long community, String change, String check, String outcome, String q) {

	public static final LineFilter NONE = new LineFilter(null, null, null, null, null);

	public LineFilter {
		change = blank(change);
		check = blank(check);
		outcome = blank(outcome);
		q = blank(q);
	}

	private static String blank(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

}
