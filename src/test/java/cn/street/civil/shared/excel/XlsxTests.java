package cn.street.civil.shared.excel;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class XlsxTests {

	private static final String INJECTION = "=HYPERLINK(\"http://x\",\"y\")";

	record Household(String name, String idNo, BigDecimal amount, LocalDate approvedOn, LocalDateTime createdAt,
			Boolean active, Integer members, String remark) {
	}

	private static final List<Column<Household>> COLUMNS = List.of(
			new Column<>("户主姓名", Household::name),
			new Column<>("身份证号", Household::idNo),
			new Column<>("保障金额", Household::amount),
			new Column<>("批准日期", Household::approvedOn),
			new Column<>("登记时间", Household::createdAt),
			new Column<>("是否在保", Household::active),
			new Column<>("保障人数", Household::members),
			new Column<>("备注", Household::remark));

	private static final List<Household> HOUSEHOLDS = List.of(
			new Household("张三", "370102199001011231", new BigDecimal("1234.50"), LocalDate.of(2025, 6, 1),
					LocalDateTime.of(2025, 6, 1, 8, 30), true, 3, null),
			new Household(INJECTION, "11010519491231002X", new BigDecimal("0.05"), LocalDate.of(2024, 2, 29),
					LocalDateTime.of(2024, 2, 29, 23, 59), false, 1, "-2+3"));

	private static byte[] export(List<Household> rows) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		XlsxExport.write(out, "低保户", COLUMNS, rows);
		return out.toByteArray();
	}

	private static XSSFWorkbook open(byte[] bytes) throws IOException {
		return new XSSFWorkbook(new ByteArrayInputStream(bytes));
	}

	private static byte[] bytes(XSSFWorkbook workbook) throws IOException {
		try (workbook) {
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			workbook.write(out);
			return out.toByteArray();
		}
	}

	private static ImportedSheet read(byte[] bytes) {
		return XlsxImport.read(new ByteArrayInputStream(bytes), ImportLimits.standard());
	}

	private static void assertRefused(byte[] bytes, ImportLimits limits, String message) {
		assertThatThrownBy(() -> XlsxImport.read(new ByteArrayInputStream(bytes), limits))
				.isInstanceOf(ExcelImportException.class)
				.hasMessage(message);
	}

	private static List<Cell> allCells(XSSFWorkbook workbook) {
		List<Cell> cells = new ArrayList<>();
		for (Sheet sheet : workbook) {
			for (Row row : sheet) {
				row.forEach(cells::add);
			}
		}
		return cells;
	}

	// ---- export ----

	@Test
	void exportWritesBoldFrozenHeaderAndTypedValues() throws IOException {
		try (XSSFWorkbook workbook = open(export(HOUSEHOLDS))) {
			XSSFSheet sheet = workbook.getSheetAt(0);
			assertThat(sheet.getSheetName()).isEqualTo("低保户");
			assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
			assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);

			Row header = sheet.getRow(0);
			assertThat(header.getCell(0).getStringCellValue()).isEqualTo("户主姓名");
			assertThat(header.getCell(7).getStringCellValue()).isEqualTo("备注");
			assertThat(((XSSFCellStyle) header.getCell(0).getCellStyle()).getFont().getBold()).isTrue();
			assertThat(sheet.getColumnWidth(1)).isGreaterThanOrEqualTo(18 * 256);

			Row first = sheet.getRow(1);
			DataFormatter formatter = new DataFormatter();
			assertThat(first.getCell(0).getStringCellValue()).isEqualTo("张三");
			assertThat(first.getCell(1).getCellType()).isEqualTo(CellType.STRING);
			assertThat(first.getCell(1).getStringCellValue()).isEqualTo("370102199001011231");

			Cell amount = first.getCell(2);
			assertThat(amount.getCellType()).isEqualTo(CellType.NUMERIC);
			assertThat(amount.getNumericCellValue()).isEqualTo(1234.5);
			assertThat(amount.getCellStyle().getDataFormatString()).isEqualTo("0.00");
			assertThat(formatter.formatCellValue(amount)).isEqualTo("1234.50");

			Cell date = first.getCell(3);
			assertThat(date.getCellType()).isEqualTo(CellType.NUMERIC);
			assertThat(date.getCellStyle().getDataFormatString()).isEqualTo("yyyy-MM-dd");
			assertThat(formatter.formatCellValue(date)).isEqualTo("2025-06-01");
			assertThat(formatter.formatCellValue(first.getCell(4))).isEqualTo("2025-06-01 08:30");

			assertThat(first.getCell(5).getStringCellValue()).isEqualTo("是");
			assertThat(sheet.getRow(2).getCell(5).getStringCellValue()).isEqualTo("否");
			assertThat(first.getCell(6).getNumericCellValue()).isEqualTo(3.0);
			assertThat(first.getCell(7) == null || first.getCell(7).getCellType() == CellType.BLANK).isTrue();
		}
	}

	@Test
	void exportNeutralisesFormulaInjection() throws IOException {
		List<String> dangerous = List.of(INJECTION, "+1+1", "-2+3", "@SUM(A1:A2)", "\t=1+1", "\r=1+1", "＝1+1");
		List<Column<String>> columns = List.of(new Column<>("户主姓名", name -> name));
		List<String> names = new ArrayList<>(dangerous);
		names.add("张三");
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		XlsxExport.write(out, "公示", columns, names);

		try (XSSFWorkbook workbook = open(out.toByteArray())) {
			Sheet sheet = workbook.getSheetAt(0);
			for (int i = 0; i < dangerous.size(); i++) {
				Cell cell = sheet.getRow(i + 1).getCell(0);
				assertThat(cell.getCellType()).isEqualTo(CellType.STRING);
				assertThat(cell.getStringCellValue()).isEqualTo(dangerous.get(i));
				assertThat(cell.getCellStyle().getQuotePrefixed()).as(dangerous.get(i)).isTrue();
			}
			Cell harmless = sheet.getRow(names.size()).getCell(0);
			assertThat(harmless.getStringCellValue()).isEqualTo("张三");
			assertThat(harmless.getCellStyle().getQuotePrefixed()).isFalse();
			assertThat(allCells(workbook)).noneMatch(cell -> cell.getCellType() == CellType.FORMULA);
		}
		assertThat(sheetXml(out.toByteArray())).doesNotContain("<f>").doesNotContain("<f ");
	}

	@Test
	void exportOfHouseholdsHasNoFormulaCellAnywhere() throws IOException {
		byte[] bytes = export(HOUSEHOLDS);
		try (XSSFWorkbook workbook = open(bytes)) {
			Cell injected = workbook.getSheetAt(0).getRow(2).getCell(0);
			assertThat(injected.getCellType()).isEqualTo(CellType.STRING);
			assertThat(injected.getStringCellValue()).isEqualTo(INJECTION);
			assertThat(injected.getCellStyle().getQuotePrefixed()).isTrue();
			assertThat(workbook.getSheetAt(0).getRow(2).getCell(7).getCellStyle().getQuotePrefixed()).isTrue();
			assertThat(allCells(workbook)).noneMatch(cell -> cell.getCellType() == CellType.FORMULA);
		}
	}

	@Test
	void exportWritesLongIntegersBeyondDoublePrecisionAsText() throws IOException {
		List<Column<Long>> columns = List.of(new Column<>("编号", n -> n));
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		XlsxExport.write(out, "编号", columns, List.of(370102199001011234L, 42L));
		try (XSSFWorkbook workbook = open(out.toByteArray())) {
			Sheet sheet = workbook.getSheetAt(0);
			assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo("370102199001011234");
			assertThat(sheet.getRow(2).getCell(0).getNumericCellValue()).isEqualTo(42.0);
		}
	}

	// ---- template ----

	@Test
	void templateHasBoldHeaderAndTextFormattedColumns() throws IOException {
		List<String> headers = List.of("户主姓名", "身份证号", "保障金额");
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		XlsxExport.template(out, "导入模板", headers, List.of(List.of("张三", "370102199001011231", "1234.50")));

		try (XSSFWorkbook workbook = open(out.toByteArray())) {
			XSSFSheet sheet = workbook.getSheetAt(0);
			Row header = sheet.getRow(0);
			for (int c = 0; c < headers.size(); c++) {
				assertThat(header.getCell(c).getStringCellValue()).isEqualTo(headers.get(c));
				assertThat(((XSSFCellStyle) header.getCell(c).getCellStyle()).getFont().getBold()).isTrue();
				assertThat(sheet.getColumnStyle(c).getDataFormatString()).isEqualTo("@");
			}
			Cell id = sheet.getRow(1).getCell(1);
			assertThat(id.getCellType()).isEqualTo(CellType.STRING);
			assertThat(id.getStringCellValue()).isEqualTo("370102199001011231");
			assertThat(id.getCellStyle().getDataFormatString()).isEqualTo("@");
		}
		ImportedSheet imported = read(out.toByteArray());
		assertThat(imported.headers()).isEqualTo(headers);
		assertThat(imported.rows().get(0).get("身份证号")).isEqualTo("370102199001011231");
	}

	// ---- import ----

	@Test
	void importReadsBackAnExportedWorkbook() throws IOException {
		ImportedSheet sheet = read(export(HOUSEHOLDS));

		assertThat(sheet.headers()).containsExactly("户主姓名", "身份证号", "保障金额", "批准日期", "登记时间", "是否在保",
				"保障人数", "备注");
		assertThat(sheet.rows()).hasSize(2);

		ImportedRow first = sheet.rows().get(0);
		assertThat(first.rowNumber()).isEqualTo(2);
		assertThat(first.values().keySet()).containsExactlyElementsOf(sheet.headers());
		assertThat(first.get("户主姓名")).isEqualTo("张三");
		assertThat(first.get("身份证号")).isEqualTo("370102199001011231");
		assertThat(new BigDecimal(first.get("保障金额"))).isEqualByComparingTo("1234.50");
		assertThat(first.get("批准日期")).isEqualTo("2025-06-01");
		assertThat(first.get("登记时间")).isEqualTo("2025-06-01 08:30");
		assertThat(first.get("是否在保")).isEqualTo("是");
		assertThat(first.get("保障人数")).isEqualTo("3");
		assertThat(first.get("备注")).isEmpty();
		assertThat(first.get(" 户主姓名 ")).isEqualTo("张三");
		assertThat(first.get("不存在的列")).isEmpty();
		assertThat(first.get(null)).isEmpty();

		ImportedRow second = sheet.rows().get(1);
		assertThat(second.rowNumber()).isEqualTo(3);
		assertThat(second.get("户主姓名")).isEqualTo(INJECTION);
		assertThat(second.get("保障金额")).isEqualTo("0.05");
		assertThat(second.get("批准日期")).isEqualTo("2024-02-29");
		assertThat(second.get("是否在保")).isEqualTo("否");
	}

	@Test
	void importConvertsCellTypesWithoutEvaluatingFormulas() throws IOException {
		XSSFWorkbook workbook = new XSSFWorkbook();
		Sheet sheet = workbook.createSheet();
		Row header = sheet.createRow(0);
		String[] headers = { " 身份证号 ", "旧号", "金额", "尾差", "日期", "布尔", "公式", "文本公式", "姓名" };
		for (int c = 0; c < headers.length; c++) {
			header.createCell(c).setCellValue(headers[c]);
		}
		Row row = sheet.createRow(1);
		row.createCell(0).setCellValue(370102199001011234d);
		row.createCell(1).setCellValue(110105194912310d);
		row.createCell(2).setCellValue(1234.5);
		row.createCell(3).setCellValue(0.1 + 0.2);
		Cell date = row.createCell(4);
		date.setCellValue(LocalDate.of(2025, 6, 1));
		var dateStyle = workbook.createCellStyle();
		dateStyle.setDataFormat(workbook.createDataFormat().getFormat("yyyy/m/d"));
		date.setCellStyle(dateStyle);
		row.createCell(5).setCellValue(true);
		Cell formula = row.createCell(6);
		formula.setCellFormula("1+1");
		formula.setCellValue(5);
		Cell textFormula = row.createCell(7);
		textFormula.setCellFormula(INJECTION.substring(1));
		textFormula.setCellValue("cached");
		row.createCell(8).setCellValue("  张三\u3000");

		ImportedSheet imported = read(bytes(workbook));
		assertThat(imported.headers()).containsExactly("身份证号", "旧号", "金额", "尾差", "日期", "布尔", "公式", "文本公式",
				"姓名");
		ImportedRow values = imported.rows().get(0);
		assertThat(values.get("身份证号")).matches("\\d{18}").isEqualTo("370102199001011000");
		assertThat(values.get("旧号")).isEqualTo("110105194912310");
		assertThat(values.get("金额")).isEqualTo("1234.5");
		assertThat(values.get("尾差")).isEqualTo("0.3");
		assertThat(values.get("日期")).isEqualTo("2025-06-01");
		assertThat(values.get("布尔")).isEqualTo("是");
		assertThat(values.get("公式")).isEqualTo("5");
		assertThat(values.get("文本公式")).isEqualTo("cached");
		assertThat(values.get("姓名")).isEqualTo("张三");
	}

	@Test
	void importSkipsEmptyRowsAndKeepsExcelRowNumbers() throws IOException {
		XSSFWorkbook workbook = new XSSFWorkbook();
		Sheet sheet = workbook.createSheet("第一页");
		sheet.createRow(0).createCell(0).setCellValue("  ");
		sheet.createRow(1);
		Row header = sheet.createRow(2);
		header.createCell(0).setCellValue("姓名");
		header.createCell(2).setCellValue("身份证号");
		Row a = sheet.createRow(3);
		a.createCell(0).setCellValue("张三");
		a.createCell(1).setCellValue("没有表头的列");
		a.createCell(2).setCellValue("11010519491231002X");
		Row blank = sheet.createRow(4);
		blank.createCell(0).setCellValue("   ");
		blank.createCell(2).setBlank();
		Row b = sheet.createRow(5);
		b.createCell(2).setCellValue("440524188001010014");
		sheet.createRow(7).createCell(1).setCellValue("只在无表头列中的值");
		Row c = sheet.createRow(9);
		c.createCell(0).setCellValue("李四");
		workbook.createSheet("第二页").createRow(0).createCell(0).setCellValue("不读取");

		ImportedSheet imported = read(bytes(workbook));
		assertThat(imported.headers()).containsExactly("姓名", "身份证号");
		assertThat(imported.rows()).extracting(ImportedRow::rowNumber).containsExactly(4, 6, 10);
		assertThat(imported.rows().get(0).values()).containsExactly(
				Map.entry("姓名", "张三"), Map.entry("身份证号", "11010519491231002X"));
		assertThat(imported.rows().get(1).get("姓名")).isEmpty();
		assertThat(imported.rows().get(2).get("身份证号")).isEmpty();
	}

	@Test
	void importRefusesWorkbookWithoutHeader() throws IOException {
		XSSFWorkbook workbook = new XSSFWorkbook();
		workbook.createSheet("空").createRow(3).createCell(0).setCellValue(" ");
		assertRefused(bytes(workbook), ImportLimits.standard(), "文件中没有表头行");
	}

	@Test
	void importRefusesDuplicateHeaders() throws IOException {
		XSSFWorkbook workbook = new XSSFWorkbook();
		Row header = workbook.createSheet().createRow(0);
		header.createCell(0).setCellValue("姓名");
		header.createCell(1).setCellValue(" 姓名");
		assertRefused(bytes(workbook), ImportLimits.standard(), "表头重复：姓名");
	}

	// ---- import limits ----

	@Test
	void refusesFilesOverTheByteLimit() throws IOException {
		byte[] bytes = export(HOUSEHOLDS);
		assertThat(bytes.length).isGreaterThan(1000);
		assertRefused(bytes, new ImportLimits(1000, 100), "文件超过 1 KB 上限");
		assertRefused(bytes, new ImportLimits(bytes.length - 1, 100), "文件超过 " + new ImportLimits(bytes.length - 1, 100)
				.maxSizeText() + " 上限");
		assertThat(XlsxImport.read(new ByteArrayInputStream(bytes), new ImportLimits(bytes.length, 100)).rows())
				.hasSize(2);
	}

	@Test
	void capWorksOnAStreamOfUnknownLength() {
		long eleven = 11L * 1024 * 1024;
		InputStream endless = new InputStream() {
			private long served;

			@Override
			public int read() {
				return served++ < eleven ? 'P' : -1;
			}

			@Override
			public int read(byte[] b, int off, int len) {
				if (served >= eleven) {
					return -1;
				}
				int n = (int) Math.min(len, eleven - served);
				Arrays.fill(b, off, off + n, (byte) 'P');
				served += n;
				return n;
			}
		};
		assertThatThrownBy(() -> XlsxImport.read(endless, ImportLimits.standard()))
				.isInstanceOf(ExcelImportException.class)
				.hasMessage("文件超过 10 MB 上限");
	}

	@Test
	void refusesFilesThatAreNotXlsx() {
		String notXlsx = "只支持 .xlsx 格式的 Excel 文件";
		assertRefused("%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\nendobj\n".getBytes(StandardCharsets.US_ASCII),
				ImportLimits.standard(), notXlsx);
		assertRefused("户主姓名,身份证号\n张三,11010519491231002X\n".getBytes(StandardCharsets.UTF_8),
				ImportLimits.standard(), notXlsx);
		assertRefused(new byte[] { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A,
				(byte) 0xE1 }, ImportLimits.standard(), notXlsx);
		assertRefused(new byte[0], ImportLimits.standard(), notXlsx);
	}

	@Test
	void refusesTooManyDataRows() throws IOException {
		List<Column<Integer>> columns = List.of(new Column<>("序号", n -> n), new Column<>("姓名", n -> "居民" + n));
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		XlsxExport.write(out, "名单", columns, IntStream.rangeClosed(1, 6).boxed().toList());
		byte[] six = out.toByteArray();

		assertRefused(six, new ImportLimits(1024 * 1024, 5), "数据行数超过上限 5 行");
		assertThat(XlsxImport.read(new ByteArrayInputStream(six), new ImportLimits(1024 * 1024, 6)).rows()).hasSize(6);
	}

	@Test
	void handlesFiftyThousandRowsAndRefusesThemUnderTheStandardLimit() throws IOException {
		List<Column<Integer>> columns = List.of(new Column<>("序号", n -> n), new Column<>("姓名", n -> "居民" + n),
				new Column<>("身份证号", n -> "11010519491231" + String.format("%04d", n % 10000)));
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		XlsxExport.write(out, "名单", columns, IntStream.rangeClosed(1, 50_000).boxed().toList());
		byte[] bytes = out.toByteArray();

		assertRefused(bytes, ImportLimits.standard(), "数据行数超过上限 5000 行");
		ImportedSheet sheet = XlsxImport.read(new ByteArrayInputStream(bytes), new ImportLimits(10L * 1024 * 1024, 50_000));
		assertThat(sheet.rows()).hasSize(50_000);
		assertThat(sheet.rows().get(49_999).rowNumber()).isEqualTo(50_001);
		assertThat(sheet.rows().get(49_999).get("序号")).isEqualTo("50000");
	}

	@Test
	void refusesAZipBomb() throws IOException {
		byte[] valid = export(HOUSEHOLDS);
		String bombSheet = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
				+ "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
				+ "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>姓名</t></is></c></row>"
				+ "<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>" + "A".repeat(5 * 1024 * 1024) + "</t></is></c></row>"
				+ "</sheetData></worksheet>";
		byte[] bomb = replaceEntry(valid, "xl/worksheets/sheet1.xml", bombSheet.getBytes(StandardCharsets.UTF_8));
		assertThat(bomb.length).isLessThan(64 * 1024);

		ExcelImportException refused = catchThrowableOfType(ExcelImportException.class,
				() -> XlsxImport.read(new ByteArrayInputStream(bomb), ImportLimits.standard()));
		assertThat(refused).hasMessage("文件已损坏或不是有效的 Excel 文件");
		assertThat(causeMessages(refused)).containsIgnoringCase("zip bomb");
	}

	@Test
	void refusesCorruptAndTruncatedFiles() throws IOException {
		String corrupt = "文件已损坏或不是有效的 Excel 文件";
		byte[] valid = export(HOUSEHOLDS);
		assertRefused(Arrays.copyOf(valid, valid.length / 2), ImportLimits.standard(), corrupt);
		byte[] garbage = new byte[2048];
		garbage[0] = 'P';
		garbage[1] = 'K';
		garbage[2] = 3;
		garbage[3] = 4;
		assertRefused(garbage, ImportLimits.standard(), corrupt);
		assertRefused(zip("hello.txt", "不是 Excel".getBytes(StandardCharsets.UTF_8)), ImportLimits.standard(),
				corrupt);
	}

	@Test
	void limitsAreValidated() {
		assertThat(ImportLimits.standard()).isEqualTo(new ImportLimits(10L * 1024 * 1024, 5000));
		assertThat(ImportLimits.standard().maxSizeText()).isEqualTo("10 MB");
		assertThatThrownBy(() -> new ImportLimits(0, 10)).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> new ImportLimits(1000, 0)).isInstanceOf(IllegalArgumentException.class);
	}

	// ---- zip helpers ----

	private static String causeMessages(Throwable error) {
		StringBuilder messages = new StringBuilder();
		for (Throwable t = error.getCause(); t != null; t = t.getCause()) {
			messages.append(t.getMessage()).append('\n');
		}
		return messages.toString();
	}

	/** POI 写出的 zip 用数据描述符，java.util.zip.ZipInputStream 读不了，所以经临时文件用 ZipFile 读。 */
	private static Map<String, byte[]> entries(byte[] xlsx) throws IOException {
		Path file = Files.createTempFile("xlsx-test", ".xlsx");
		try {
			Files.write(file, xlsx);
			Map<String, byte[]> entries = new LinkedHashMap<>();
			try (ZipFile zip = new ZipFile(file.toFile())) {
				for (ZipEntry entry : Collections.list(zip.entries())) {
					try (InputStream in = zip.getInputStream(entry)) {
						entries.put(entry.getName(), in.readAllBytes());
					}
				}
			}
			return entries;
		}
		finally {
			Files.delete(file);
		}
	}

	private static String sheetXml(byte[] xlsx) throws IOException {
		return new String(entries(xlsx).get("xl/worksheets/sheet1.xml"), StandardCharsets.UTF_8);
	}

	private static byte[] replaceEntry(byte[] xlsx, String name, byte[] content) throws IOException {
		Map<String, byte[]> entries = entries(xlsx);
		assertThat(entries).containsKey(name);
		entries.put(name, content);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(out)) {
			zip.setLevel(9);
			for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
				zip.putNextEntry(new ZipEntry(entry.getKey()));
				zip.write(entry.getValue());
				zip.closeEntry();
			}
		}
		return out.toByteArray();
	}

	private static byte[] zip(String name, byte[] content) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(out)) {
			zip.putNextEntry(new ZipEntry(name));
			zip.write(content);
			zip.closeEntry();
		}
		return out.toByteArray();
	}
}
