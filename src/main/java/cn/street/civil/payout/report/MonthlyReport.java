package cn.street.civil.payout.report;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;

/**
 * The 月报 of month M in one scope (and optionally one community).
 *
 * @param month M
 * @param community the community filter, null for every community in scope
 * @param programmes every programme plugged into the payout, in their order
 * @param trend the 12 months ending with M, for the chart (see {@link PayoutReportQueries#trend})
 */
public record MonthlyReport(YearMonth month, Long community, List<ProgrammeReport> programmes,
		Map<String, Object> trend) {

	public YearMonth previousMonth() {
		return month.minusMonths(1);
	}

	public boolean anyApproved() {
		return programmes.stream().anyMatch(ProgrammeReport::approved);
	}

}
