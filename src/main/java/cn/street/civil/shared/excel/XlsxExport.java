package cn.street.civil.shared.excel;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * 流式写出 .xlsx（SXSSF，内存中只保留 100 行），并写出导入模板。
 * <p>
 * 从不创建公式单元格；可能被当作公式的文本以“引号前缀”文本单元格写出（防公式注入）。
 */
public final class XlsxExport {

	private static final int ROW_WINDOW = 100;

	/** 超过15位有效数字的整数写成 double 会丢精度，改写为文本。 */
	private static final int MAX_EXACT_DIGITS = 15;

	private XlsxExport() {
	}

	/** 把 rows 按 columns 写成单工作表的 .xlsx；不关闭 out。 */
	public static <T> void write(OutputStream out, String sheetName, List<Column<T>> columns, Iterable<T> rows)
			throws IOException {
		SXSSFWorkbook workbook = new SXSSFWorkbook(ROW_WINDOW);
		try (workbook) {
			Styles styles = new Styles(workbook);
			Sheet sheet = workbook.createSheet(WorkbookUtil.createSafeSheetName(sheetName));
			int[] widths = new int[columns.size()];

			Row header = sheet.createRow(0);
			for (int c = 0; c < columns.size(); c++) {
				String text = columns.get(c).header();
				styles.text(header.createCell(c), text, styles.header, styles.guardedHeader);
				widths[c] = SpreadsheetText.displayWidth(text);
			}
			sheet.createFreezePane(0, 1);

			int r = 1;
			for (T item : rows) {
				Row row = sheet.createRow(r++);
				for (int c = 0; c < columns.size(); c++) {
					Object value = columns.get(c).value().apply(item);
					widths[c] = Math.max(widths[c], styles.write(row.createCell(c), value));
				}
			}
			for (int c = 0; c < columns.size(); c++) {
				sheet.setColumnWidth(c, SpreadsheetText.columnWidth(widths[c]));
			}
			workbook.write(out);
		}
		finally {
			workbook.dispose();
		}
	}

	/**
	 * 写出导入模板：加粗表头 + 示例行；所有表头列设为文本格式（@），
	 * 用户输入的身份证号等长数字串不会被 Excel 转成数字。不关闭 out。
	 */
	public static void template(OutputStream out, String sheetName, List<String> headers,
			List<List<String>> exampleRows) throws IOException {
		try (XSSFWorkbook workbook = new XSSFWorkbook()) {
			Styles styles = new Styles(workbook);
			Sheet sheet = workbook.createSheet(WorkbookUtil.createSafeSheetName(sheetName));
			int[] widths = new int[headers.size()];

			Row header = sheet.createRow(0);
			for (int c = 0; c < headers.size(); c++) {
				styles.text(header.createCell(c), headers.get(c), styles.textHeader, styles.guardedHeader);
				widths[c] = SpreadsheetText.displayWidth(headers.get(c));
				sheet.setDefaultColumnStyle(c, styles.textFormat);
			}
			sheet.createFreezePane(0, 1);

			int r = 1;
			for (List<String> example : exampleRows) {
				Row row = sheet.createRow(r++);
				for (int c = 0; c < Math.min(example.size(), headers.size()); c++) {
					String value = example.get(c) == null ? "" : example.get(c);
					styles.text(row.createCell(c), value, styles.textFormat, styles.guarded);
					widths[c] = Math.max(widths[c], SpreadsheetText.displayWidth(value));
				}
			}
			for (int c = 0; c < headers.size(); c++) {
				sheet.setColumnWidth(c, SpreadsheetText.columnWidth(widths[c]));
			}
			workbook.write(out);
		}
	}

	/** 一个工作簿内复用的单元格样式，以及按值类型写单元格的规则。 */
	private static final class Styles {

		final CellStyle header;

		final CellStyle textHeader;

		final CellStyle textFormat;

		final CellStyle guarded;

		final CellStyle guardedHeader;

		final CellStyle date;

		final CellStyle dateTime;

		final CellStyle decimal;

		Styles(Workbook workbook) {
			Font bold = workbook.createFont();
			bold.setBold(true);
			short textFormatIndex = workbook.createDataFormat().getFormat("@");

			header = workbook.createCellStyle();
			header.setFont(bold);
			textHeader = workbook.createCellStyle();
			textHeader.setFont(bold);
			textHeader.setDataFormat(textFormatIndex);
			textFormat = workbook.createCellStyle();
			textFormat.setDataFormat(textFormatIndex);
			guarded = workbook.createCellStyle();
			guarded.setDataFormat(textFormatIndex);
			guarded.setQuotePrefixed(true);
			guardedHeader = workbook.createCellStyle();
			guardedHeader.setDataFormat(textFormatIndex);
			guardedHeader.setQuotePrefixed(true);
			guardedHeader.setFont(bold);
			date = withFormat(workbook, "yyyy-MM-dd");
			dateTime = withFormat(workbook, "yyyy-MM-dd HH:mm");
			decimal = withFormat(workbook, "0.00");
		}

		private static CellStyle withFormat(Workbook workbook, String format) {
			CellStyle style = workbook.createCellStyle();
			style.setDataFormat(workbook.createDataFormat().getFormat(format));
			return style;
		}

		/** 按值类型写入单元格，返回其大致显示宽度。 */
		int write(Cell cell, Object value) {
			if (value == null) {
				return 0;
			}
			if (value instanceof BigDecimal amount) {
				cell.setCellValue(amount.doubleValue());
				cell.setCellStyle(decimal);
				return amount.setScale(2, RoundingMode.HALF_UP).toPlainString().length();
			}
			if (value instanceof Number number) {
				return writeNumber(cell, number);
			}
			if (value instanceof LocalDateTime dateTimeValue) {
				cell.setCellValue(dateTimeValue);
				cell.setCellStyle(dateTime);
				return 16;
			}
			if (value instanceof LocalDate dateValue) {
				cell.setCellValue(dateValue);
				cell.setCellStyle(date);
				return 10;
			}
			if (value instanceof Boolean flag) {
				cell.setCellValue(flag ? "是" : "否");
				return 2;
			}
			String text = value.toString();
			text(cell, text, null, guarded);
			return SpreadsheetText.displayWidth(text);
		}

		private int writeNumber(Cell cell, Number number) {
			boolean wholeNumber = number instanceof Long || number instanceof BigInteger;
			String plain = number.toString();
			double asDouble = number.doubleValue();
			if ((wholeNumber && plain.replace("-", "").length() > MAX_EXACT_DIGITS) || !Double.isFinite(asDouble)) {
				cell.setCellValue(plain);
				return plain.length();
			}
			cell.setCellValue(asDouble);
			return plain.length();
		}

		/** 写文本单元格（超长截断为 Excel 上限）；疑似公式的文本用带引号前缀的 guardedStyle，否则用 style。 */
		void text(Cell cell, String text, CellStyle style, CellStyle guardedStyle) {
			String value = text.length() > SpreadsheetText.MAX_CELL_LENGTH
					? text.substring(0, SpreadsheetText.MAX_CELL_LENGTH) : text;
			cell.setCellValue(value);
			CellStyle chosen = SpreadsheetText.looksLikeFormula(value) ? guardedStyle : style;
			if (chosen != null) {
				cell.setCellStyle(chosen);
			}
		}
	}
}
