package cn.street.civil.payout.report;

import java.util.List;

/**
 * One programme's part of the 月报.
 *
 * @param programme the programme's code
 * @param reportsAverageTopUp whether 月人均补差 applies (PayoutProgramme#reportsAverageTopUp)
 * @param rows per community: its 城 / 乡 rows then its 小计, in community order
 * @param total the programme's 合计 in the scope shown (never null: zeros when nothing was approved)
 * @param batches the programme's batches of the month, approved or not (only approved ones count)
 */
public record ProgrammeReport(String programme, boolean reportsAverageTopUp, List<ReportRow> rows, ReportRow total,
		List<ReportBatch> batches) {

	/** Whether an approved regular batch of the month exists. */
	public boolean approved() {
		return batches.stream().anyMatch(b -> b.regular() && b.approved());
	}

}
