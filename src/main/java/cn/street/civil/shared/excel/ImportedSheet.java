package cn.street.civil.shared.excel;

import java.util.List;

/** 导入结果：表头（按列顺序）与非空数据行。 */
public record ImportedSheet(List<String> headers, List<ImportedRow> rows) {

	public ImportedSheet {
		headers = List.copyOf(headers);
		rows = List.copyOf(rows);
	}
}
