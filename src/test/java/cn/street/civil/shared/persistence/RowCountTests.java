package cn.street.civil.shared.persistence;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RowCountTests {

	@Test
	void readsTheTopNodesRowEstimateFromAJsonPlan() {
		String plan = """
				[{"Plan": {"Node Type": "Hash Join", "Startup Cost": 13.82, "Total Cost": 1021.07, "Plan Rows": 19568,
				  "Plans": [{"Node Type": "Seq Scan", "Plan Rows": 19570}]}}]""";
		assertThat(RowCount.planRows(plan)).isEqualTo(19_568);
		assertThat(RowCount.planRows("[{\"Plan\": {\"Plan Rows\": 1.2e6}}]")).isEqualTo(1_200_000);
		assertThat(RowCount.planRows("[]")).isZero();
	}

}
