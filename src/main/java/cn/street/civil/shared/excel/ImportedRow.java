package cn.street.civil.shared.excel;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * 导入的一行数据。
 *
 * @param rowNumber 用户在 Excel 中看到的行号（从 1 开始）
 * @param values 表头 → 去除首尾空白后的文本，按列顺序
 */
public record ImportedRow(int rowNumber, Map<String, String> values) {

	public ImportedRow {
		values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
	}

	/** 指定表头列的值（已去除首尾空白）；没有该列时返回空串。 */
	public String get(String header) {
		if (header == null) {
			return "";
		}
		String value = values.get(header.strip());
		return value == null ? "" : value.strip();
	}
}
