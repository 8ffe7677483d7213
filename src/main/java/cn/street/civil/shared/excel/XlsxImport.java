package cn.street.civil.shared.excel;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * 安全地读取用户上传的 .xlsx：限制大小与行数、检查文件头、防 zip 炸弹，从不计算公式。
 * <p>
 * 读取第一个工作表：第一个非空行为表头，其后的非空行为数据；所有值转为去除首尾空白的文本。
 */
public final class XlsxImport {

	static final String MSG_NOT_XLSX = "只支持 .xlsx 格式的 Excel 文件";

	static final String MSG_CORRUPT = "文件已损坏或不是有效的 Excel 文件";

	static final String MSG_NO_HEADER = "文件中没有表头行";

	/** 解压后单个 zip 条目的上限。 */
	private static final long MAX_ENTRY_SIZE = 100L * 1024 * 1024;

	/** 压缩后/解压后之比低于此值视为 zip 炸弹。 */
	private static final double MIN_INFLATE_RATIO = 0.01;

	/** Excel 显示数字时只保留 15 位有效数字，这里保持一致（也去掉 0.1+0.2 之类的二进制尾差）。 */
	private static final MathContext EXCEL_PRECISION = new MathContext(15);

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd");

	private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	static {
		ZipSecureFile.setMinInflateRatio(MIN_INFLATE_RATIO);
		ZipSecureFile.setMaxEntrySize(MAX_ENTRY_SIZE);
	}

	private XlsxImport() {
	}

	/**
	 * 读取上传的 .xlsx。不关闭 in。
	 *
	 * @throws ExcelImportException 超过上限、格式不对、文件损坏或没有表头，附带中文原因
	 */
	public static ImportedSheet read(InputStream in, ImportLimits limits) {
		byte[] bytes = readBounded(in, limits);
		if (!hasZipSignature(bytes)) {
			throw new ExcelImportException(MSG_NOT_XLSX);
		}
		try (XSSFWorkbook workbook = open(bytes)) {
			if (workbook.getNumberOfSheets() == 0) {
				throw new ExcelImportException(MSG_NO_HEADER);
			}
			return readSheet(workbook.getSheetAt(0), limits);
		}
		catch (ExcelImportException ex) {
			throw ex;
		}
		catch (IOException | RuntimeException ex) {
			throw new ExcelImportException(MSG_CORRUPT, ex);
		}
	}

	private static byte[] readBounded(InputStream in, ImportLimits limits) {
		ByteArrayOutputStream buffer = new ByteArrayOutputStream();
		byte[] chunk = new byte[8192];
		long total = 0;
		try {
			int read;
			while ((read = in.read(chunk)) != -1) {
				total += read;
				if (total > limits.maxBytes()) {
					throw new ExcelImportException("文件超过 " + limits.maxSizeText() + " 上限");
				}
				buffer.write(chunk, 0, read);
			}
		}
		catch (IOException ex) {
			throw new ExcelImportException("读取上传文件失败，请重新上传", ex);
		}
		return buffer.toByteArray();
	}

	private static boolean hasZipSignature(byte[] bytes) {
		return bytes.length >= 4 && bytes[0] == 'P' && bytes[1] == 'K' && bytes[2] == 3 && bytes[3] == 4;
	}

	private static XSSFWorkbook open(byte[] bytes) {
		try {
			return new XSSFWorkbook(new ByteArrayInputStream(bytes));
		}
		catch (IOException | RuntimeException ex) {
			throw new ExcelImportException(MSG_CORRUPT, ex);
		}
	}

	private static ImportedSheet readSheet(Sheet sheet, ImportLimits limits) {
		Iterator<Row> rows = sheet.rowIterator();
		Map<Integer, String> headerColumns = null;
		while (headerColumns == null && rows.hasNext()) {
			headerColumns = headerColumns(rows.next());
		}
		if (headerColumns == null) {
			throw new ExcelImportException(MSG_NO_HEADER);
		}

		List<ImportedRow> data = new ArrayList<>();
		while (rows.hasNext()) {
			Row row = rows.next();
			Map<String, String> values = new LinkedHashMap<>();
			boolean empty = true;
			for (Map.Entry<Integer, String> column : headerColumns.entrySet()) {
				String value = text(row.getCell(column.getKey()));
				values.put(column.getValue(), value);
				empty &= value.isEmpty();
			}
			if (empty) {
				continue;
			}
			if (data.size() >= limits.maxRows()) {
				throw new ExcelImportException("数据行数超过上限 " + limits.maxRows() + " 行");
			}
			data.add(new ImportedRow(row.getRowNum() + 1, values));
		}
		return new ImportedSheet(List.copyOf(headerColumns.values()), data);
	}

	/** 列号 → 表头文本；空行返回 null。表头为空的列被忽略，表头重复时拒绝。 */
	private static Map<Integer, String> headerColumns(Row row) {
		Map<Integer, String> columns = new LinkedHashMap<>();
		for (int c = 0; c < Math.max(row.getLastCellNum(), 0); c++) {
			String header = text(row.getCell(c));
			if (header.isEmpty()) {
				continue;
			}
			if (columns.containsValue(header)) {
				throw new ExcelImportException("表头重复：" + header);
			}
			columns.put(c, header);
		}
		return columns.isEmpty() ? null : columns;
	}

	/** 单元格的文本值；公式单元格取缓存结果，从不计算。 */
	static String text(Cell cell) {
		if (cell == null) {
			return "";
		}
		CellType type = cell.getCellType();
		if (type == CellType.FORMULA) {
			type = cell.getCachedFormulaResultType();
		}
		return switch (type) {
			case STRING -> cell.getStringCellValue().strip();
			case NUMERIC -> numeric(cell);
			case BOOLEAN -> cell.getBooleanCellValue() ? "是" : "否";
			default -> "";
		};
	}

	private static String numeric(Cell cell) {
		if (DateUtil.isCellDateFormatted(cell)) {
			LocalDateTime dateTime = cell.getLocalDateTimeCellValue();
			if (dateTime != null) {
				return dateTime.toLocalTime().equals(LocalTime.MIDNIGHT) ? DATE.format(dateTime)
						: DATE_TIME.format(dateTime);
			}
		}
		return plainNumber(cell.getNumericCellValue());
	}

	/** 不带指数的数字文本：整数如身份证号 370102199001011000，小数如 1234.5。 */
	static String plainNumber(double value) {
		if (!Double.isFinite(value)) {
			return "";
		}
		return new BigDecimal(Double.toString(value)).round(EXCEL_PRECISION).stripTrailingZeros().toPlainString();
	}
}
