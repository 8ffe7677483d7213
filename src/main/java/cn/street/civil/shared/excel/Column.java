package cn.street.civil.shared.excel;

import java.util.Objects;
import java.util.function.Function;

/**
 * 导出的一列：表头和取值函数。
 * <p>
 * 取值可为 String、Number（含 BigDecimal）、LocalDate、LocalDateTime、Boolean（是/否）或 null（空单元格）；
 * 其他类型按 {@code toString()} 写成文本。
 */
public record Column<T>(String header, Function<T, ?> value) {

	public Column {
		Objects.requireNonNull(header, "header");
		Objects.requireNonNull(value, "value");
	}
}
