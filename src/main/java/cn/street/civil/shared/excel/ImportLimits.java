package cn.street.civil.shared.excel;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** 导入上限：文件字节数与数据行数（不含表头、不含空行）。 */
public record ImportLimits(long maxBytes, int maxRows) {

	private static final long MB = 1024L * 1024;

	public ImportLimits {
		if (maxBytes <= 0 || maxBytes > Integer.MAX_VALUE - 16) {
			throw new IllegalArgumentException("maxBytes 应在 1 到 2 GB 之间：" + maxBytes);
		}
		if (maxRows <= 0) {
			throw new IllegalArgumentException("maxRows 应大于 0：" + maxRows);
		}
	}

	/** 10 MB，5000 行。 */
	public static ImportLimits standard() {
		return new ImportLimits(10 * MB, 5000);
	}

	/** 便于阅读的大小上限，如 "10 MB"、"0.5 MB"、"1 KB"。 */
	String maxSizeText() {
		if (maxBytes >= MB / 10) {
			return decimal(maxBytes, MB) + " MB";
		}
		return decimal(maxBytes, 1024) + " KB";
	}

	private static String decimal(long value, long unit) {
		BigDecimal result = BigDecimal.valueOf(value).divide(BigDecimal.valueOf(unit), 1, RoundingMode.HALF_UP);
		return result.stripTrailingZeros().toPlainString();
	}
}
