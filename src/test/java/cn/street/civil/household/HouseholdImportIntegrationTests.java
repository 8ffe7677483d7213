package cn.street.civil.household;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.street.civil.shared.crypto.SensitiveDataProtector;
import cn.street.civil.shared.web.Downloads;
import cn.street.civil.support.DemoUsers;
import cn.street.civil.support.IntegrationTest;
import cn.street.civil.support.TestIds;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** 户籍台账导入: upload → preview with every bad row and its reasons → commit all or nothing, scoped. */
@IntegrationTest
class HouseholdImportIntegrationTests {

	static final List<String> HEADERS = List.of("社区", "户号", "住址", "城乡类别", "户联系电话", "开户银行", "银行账号", "账户户名",
			"姓名", "身份证号", "与户主关系", "民族", "联系电话", "婚姻状况", "就业状况", "健康状况");

	static final String[] MEMBER_RELATIONS = { "配偶", "子女", "父母", "孙子女", "儿媳", "兄弟姐妹" };

	/** Household numbers of this JVM start with it, so they never meet the demo data or an earlier run. */
	static final String RUN = "T" + Long.toString(System.nanoTime() % 2_000_000_000L, 36).toUpperCase();

	static final AtomicInteger SEQUENCE = new AtomicInteger();

	@Autowired
	MockMvc mvc;

	@Autowired
	DemoUsers users;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	SensitiveDataProtector protector;

	@Test
	void previewReportsExactlyTheBadRowsAndCommitImportsAllOtherHouseholds() throws Exception {
		String existing = freshId();
		mvc.perform(post("/households").with(csrf()).with(users.as("jiedao"))
			.param("communityId", String.valueOf(communityId("洪苑")))
			.param("householdNo", householdNo())
			.param("address", "已有户地址")
			.param("residenceType", "URBAN")
			.param("headName", "已登记人")
			.param("headIdNumber", existing)).andExpect(status().is3xxRedirection());

		List<Map<String, String>> rows = new ArrayList<>();
		Map<Integer, String> expectedReasons = new LinkedHashMap<>();
		List<Integer> expectedHeld = new ArrayList<>();
		int normalHouseholds = 0;
		int normalPersons = 0;
		for (int n = 0; normalPersons < 191; n++) {
			int size = Math.min(n % 4 + 1, 191 - normalPersons);
			rows.addAll(household(n % 2 == 0 ? "洪苑" : "世纪园", size));
			normalHouseholds++;
			normalPersons += size;
			switch (n) {
				case 3 -> { // bad checksum on the spouse: head and child held back
					List<Map<String, String>> h = household("洪苑", 3);
					h.get(1).put("身份证号", TestIds.withBadCheckDigit(h.get(1).get("身份证号")));
					addSpecial(rows, h, 1, "身份证号校验位不正确", expectedReasons, expectedHeld);
				}
				case 15 -> { // a child who is already registered
					List<Map<String, String>> h = household("世纪园", 2);
					h.get(1).put("身份证号", existing);
					addSpecial(rows, h, 1, "该身份证号已在系统中登记（所属社区：洪苑）", expectedReasons, expectedHeld);
				}
				case 30 -> addSpecial(rows, household("火星", 1), 0, "社区“火星”不存在或已停用", expectedReasons,
						expectedHeld);
				case 45 -> {
					List<Map<String, String>> h = household("洪苑", 1);
					h.get(0).put("与户主关系", "配偶");
					addSpecial(rows, h, 0, "该户没有户主", expectedReasons, expectedHeld);
				}
				case 60 -> {
					List<Map<String, String>> h = household("世纪园", 2);
					h.get(1).put("与户主关系", "表亲");
					addSpecial(rows, h, 1, "与户主关系“表亲”无法识别", expectedReasons, expectedHeld);
				}
				default -> {
				}
			}
		}
		assertThat(rows).hasSize(200);
		assertThat(normalHouseholds).isEqualTo(77);

		Counts before = counts();
		long id = upload("jiedao", xlsx(rows), "旧台账.xlsx");
		Map<String, Object> stored = importRow(id);
		assertThat(stored).containsEntry("status", "PREVIEWED")
			.containsEntry("total_rows", 200)
			.containsEntry("error_rows", 5)
			.containsEntry("households", 77)
			.containsEntry("persons", 191)
			.containsEntry("uploaded_by", "jiedao")
			.containsEntry("has_content", true);
		assertThat(stored.get("scope_community_id")).isNull();
		assertThat(counts()).isEqualTo(before);

		String html = page("jiedao", id);
		assertThat(badRowNumbers(html)).containsExactlyElementsOf(expectedReasons.keySet());
		expectedReasons.forEach((row, reason) -> assertThat(badRow(html, row)).contains(reason));
		assertThat(html).contains("共 200 行：5 行有错误，4 行因同户其他行有错误暂不导入；可导入 77 户、191 人。");
		String held = section(html, "held-rows");
		expectedHeld.forEach(row -> assertThat(held).containsPattern("第 [0-9、]*\\b" + row + "\\b"));
		assertThat(html).contains("id=\"commit-form\"").contains("data-confirm=\"确定导入 77 户、191 人吗？");

		mvc.perform(post("/household-imports/{id}/commit", id).with(csrf()).with(users.as("jiedao")))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("success", "import.flash.committed"));

		Counts after = counts();
		assertThat(after.persons - before.persons).isEqualTo(191);
		assertThat(after.households - before.households).isEqualTo(77);
		assertThat(after.memberships - before.memberships).isEqualTo(191);
		assertThat(after.imported - before.imported).isEqualTo(77);
		String reason = "Excel 导入 #" + id;
		assertThat(count("select count(*) from household_event where event_type = 'IMPORTED' and reason = :r", reason))
			.isEqualTo(77);
		assertThat(count("""
				select count(*) from household_membership m join household_event e on e.household_id = m.household_id
				where e.reason = :r and m.valid_to is null and m.valid_from = current_date""", reason)).isEqualTo(191);
		assertThat(count("""
				select count(*) from household h join household_event e on e.household_id = h.id
				join household_membership m on m.household_id = h.id and m.person_id = h.head_person_id
				where e.reason = :r and m.relation = 'HEAD'""", reason)).isEqualTo(77);
		for (int row : expectedHeld) {
			assertThat(registered(rows.get(row - 2).get("身份证号"))).as("held row %d", row).isFalse();
		}
		stored = importRow(id);
		assertThat(stored).containsEntry("status", "COMMITTED")
			.containsEntry("has_content", false)
			.containsEntry("households", 77)
			.containsEntry("persons", 191)
			.containsEntry("error_rows", 5);
		assertThat(stored.get("committed_at")).isNotNull();
		assertThat(count("select count(*) from audit_entry where action = 'IMPORT_PREVIEW' and object_id = :r", "" + id))
			.isEqualTo(1);
		assertThat(count("select count(*) from audit_entry where action = 'IMPORT_COMMIT' and object_id = :r", "" + id))
			.isEqualTo(1);
		assertThat(page("jiedao", id)).contains("id=\"committed-note\"").doesNotContain("id=\"commit-form\"");
		assertThat(html(mvc.perform(get("/household-imports").with(users.as("jiedao"))).andReturn()))
			.contains("旧台账.xlsx");
	}

	@Test
	void aSecondCommitIsRefusedAndImportsNothing() throws Exception {
		List<Map<String, String>> rows = new ArrayList<>(household("洪苑", 2));
		rows.addAll(household("洪苑", 1));
		long id = upload("hongyuan", xlsx(rows), "两户.xlsx");
		mvc.perform(post("/household-imports/{id}/commit", id).with(csrf()).with(users.as("hongyuan")))
			.andExpect(flash().attribute("success", "import.flash.committed"));
		Counts after = counts();
		mvc.perform(post("/household-imports/{id}/commit", id).with(csrf()).with(users.as("hongyuan")))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("warning", "import.already-committed"));
		mvc.perform(post("/household-imports/{id}/discard", id).with(csrf()).with(users.as("hongyuan")))
			.andExpect(flash().attribute("warning", "import.already-committed"));
		assertThat(counts()).isEqualTo(after);
		assertThat(importRow(id)).containsEntry("status", "COMMITTED").containsEntry("persons", 3);

		List<Map<String, String>> discarded = household("洪苑", 2);
		long other = upload("hongyuan", xlsx(discarded), "放弃.xlsx");
		mvc.perform(post("/household-imports/{id}/discard", other).with(csrf()).with(users.as("hongyuan")))
			.andExpect(flash().attribute("success", "import.flash.discarded"));
		assertThat(importRow(other)).containsEntry("status", "DISCARDED").containsEntry("has_content", false);
		mvc.perform(post("/household-imports/{id}/commit", other).with(csrf()).with(users.as("hongyuan")))
			.andExpect(flash().attribute("warning", "import.already-discarded"));
		assertThat(counts()).isEqualTo(after);
		assertThat(count("select count(*) from household where household_no = :r", discarded.get(0).get("户号"))).isZero();
		assertThat(count("select count(*) from audit_entry where action = 'IMPORT_DISCARD' and object_id = :r", "" + other))
			.isEqualTo(1);
	}

	@Test
	void anUploadNeitherConfirmedNorDiscardedIsOnTheUploadersHomePage() throws Exception {
		long id = upload("xindian", xlsx(household("辛甸", 1)), "待确认.xlsx");
		mvc.perform(get("/").with(users.as("xindian")))
			.andExpect(content().string(containsString("待确认或放弃的 Excel 导入：1 个")))
			.andExpect(content().string(containsString("href=\"/household-imports\"")));
		mvc.perform(get("/").with(users.as("chief"))).andExpect(content().string(not(containsString("待确认或放弃"))));
		mvc.perform(post("/household-imports/{id}/discard", id).with(csrf()).with(users.as("xindian")))
			.andExpect(flash().attribute("success", "import.flash.discarded"));
		mvc.perform(get("/").with(users.as("xindian"))).andExpect(content().string(not(containsString("待确认或放弃"))));
	}

	@Test
	void twoConcurrentCommitsImportOnce() throws Exception {
		List<Map<String, String>> rows = new ArrayList<>();
		for (int i = 0; i < 20; i++) {
			rows.addAll(household("洪苑", i % 3 + 1));
		}
		long id = upload("hongyuan", xlsx(rows), "并发.xlsx");
		Counts before = counts();
		CountDownLatch start = new CountDownLatch(1);
		Callable<Object> commit = () -> {
			start.await();
			return mvc.perform(post("/household-imports/{id}/commit", id).with(csrf()).with(users.as("hongyuan")))
				.andReturn()
				.getFlashMap()
				.get("success");
		};
		ExecutorService pool = Executors.newFixedThreadPool(2);
		try {
			Future<Object> first = pool.submit(commit);
			Future<Object> second = pool.submit(commit);
			start.countDown();
			List<Object> outcomes = new ArrayList<>();
			outcomes.add(first.get());
			outcomes.add(second.get());
			assertThat(outcomes).containsOnlyOnce("import.flash.committed");
		}
		finally {
			pool.shutdownNow();
		}
		Counts after = counts();
		assertThat(after.households - before.households).isEqualTo(20);
		assertThat(after.persons - before.persons).isEqualTo(rows.size());
		assertThat(after.imported - before.imported).isEqualTo(20);
	}

	@Test
	void aCsvNamedXlsxIsRefusedInChineseAndNothingIsStored() throws Exception {
		long imports = count("select count(*) from household_import", null);
		byte[] csv = "社区,户号,姓名\n洪苑,001-1,张三\n".getBytes(StandardCharsets.UTF_8);
		MvcResult result = mvc.perform(multipart("/household-imports")
			.file(new MockMultipartFile("file", "台账.xlsx", Downloads.XLSX, csv))
			.with(csrf())
			.with(users.as("hongyuan"))).andExpect(status().isOk()).andReturn();
		assertThat(section(html(result), "upload-error")).contains("无法读取该文件：只支持 .xlsx 格式的 Excel 文件");
		assertThat(count("select count(*) from household_import", null)).isEqualTo(imports);

		MvcResult tooLarge = mvc.perform(multipart("/household-imports")
			.file(new MockMultipartFile("file", "大文件.xlsx", Downloads.XLSX, new byte[10 * 1024 * 1024 + 1]))
			.with(csrf())
			.with(users.as("hongyuan"))).andExpect(status().isOk()).andReturn();
		assertThat(section(html(tooLarge), "upload-error")).contains("上传的文件超过 10 MB 上限");

		MvcResult missingColumns = mvc.perform(multipart("/household-imports")
			.file(new MockMultipartFile("file", "缺列.xlsx", Downloads.XLSX, xlsxWithHeaders(List.of("姓名", "身份证号"))))
			.with(csrf())
			.with(users.as("hongyuan"))).andExpect(status().isOk()).andReturn();
		assertThat(section(html(missingColumns), "upload-error")).contains("文件缺少必需的列：社区、户号、住址、城乡类别、与户主关系");
		assertThat(count("select count(*) from household_import", null)).isEqualTo(imports);
	}

	@Test
	void aCommunityCaseworkerGetsRowsOfAnotherCommunityReported() throws Exception {
		List<Map<String, String>> rows = new ArrayList<>(household("洪苑", 2)); // rows 2, 3
		rows.addAll(household("辛甸", 1)); // row 4
		List<Map<String, String>> twoReasons = household("洪苑", 1); // row 5
		twoReasons.get(0).put("姓名", "");
		twoReasons.get(0).put("婚姻状况", "同居");
		rows.addAll(twoReasons);
		List<Map<String, String>> twice = household("洪苑", 2); // rows 6, 7: the same person twice
		twice.get(1).put("身份证号", twice.get(0).get("身份证号"));
		rows.addAll(twice);
		long id = upload("hongyuan", xlsx(rows), "含辛甸.xlsx");
		assertThat(importRow(id).get("scope_community_id")).isEqualTo(communityId("洪苑"));
		String html = page("hongyuan", id);
		assertThat(badRowNumbers(html)).containsExactly(4, 5, 6, 7);
		assertThat(badRow(html, 4)).contains("社区“辛甸”不在您的社区");
		assertThat(badRow(html, 5)).contains("姓名不能为空").contains("婚姻状况“同居”无法识别");
		assertThat(badRow(html, 6)).contains("身份证号与第 7 行重复");
		assertThat(badRow(html, 7)).contains("身份证号与第 6 行重复");
		assertThat(html).contains("可导入 1 户、2 人");
	}

	@Test
	void commitChecksTheFileAgainAgainstTheDatabaseAsItIsThen() throws Exception {
		List<Map<String, String>> first = household("洪苑", 2);
		List<Map<String, String>> second = household("洪苑", 2);
		List<Map<String, String>> rows = new ArrayList<>(first);
		rows.addAll(second);
		long id = upload("hongyuan", xlsx(rows), "预览后变化.xlsx");
		assertThat(importRow(id)).containsEntry("households", 2).containsEntry("error_rows", 0);

		// meanwhile the spouse of the second household is registered by hand
		mvc.perform(post("/households").with(csrf()).with(users.as("hongyuan"))
			.param("householdNo", householdNo())
			.param("address", "手工登记地址")
			.param("residenceType", "URBAN")
			.param("headName", "手工登记")
			.param("headIdNumber", second.get(1).get("身份证号"))).andExpect(status().is3xxRedirection());
		assertThat(badRow(page("hongyuan", id), 5)).contains("该身份证号已在系统中登记");

		Counts before = counts();
		mvc.perform(post("/household-imports/{id}/commit", id).with(csrf()).with(users.as("hongyuan")))
			.andExpect(flash().attribute("success", "import.flash.committed"));
		Counts after = counts();
		assertThat(after.households - before.households).isEqualTo(1);
		assertThat(after.persons - before.persons).isEqualTo(2);
		assertThat(importRow(id)).containsEntry("status", "COMMITTED")
			.containsEntry("households", 1)
			.containsEntry("persons", 2)
			.containsEntry("error_rows", 1);
		assertThat(count("select count(*) from household where household_no = :r", first.get(0).get("户号"))).isEqualTo(1);
		assertThat(count("select count(*) from household where household_no = :r", second.get(0).get("户号"))).isZero();
		assertThat(registered(second.get(0).get("身份证号"))).isFalse();
	}

	@Test
	void anotherCommunitysCaseworkerCannotSeeOrCommitTheImport() throws Exception {
		List<Map<String, String>> rows = household("洪苑", 2);
		long id = upload("hongyuan", xlsx(rows), "洪苑专用.xlsx");
		Counts before = counts();
		mvc.perform(get("/household-imports/{id}", id).with(users.as("xindian"))).andExpect(status().isNotFound());
		mvc.perform(post("/household-imports/{id}/commit", id).with(csrf()).with(users.as("xindian")))
			.andExpect(status().isNotFound());
		mvc.perform(post("/household-imports/{id}/discard", id).with(csrf()).with(users.as("xindian")))
			.andExpect(status().isNotFound());
		assertThat(html(mvc.perform(get("/household-imports").with(users.as("xindian"))).andReturn()))
			.doesNotContain("洪苑专用.xlsx");
		assertThat(counts()).isEqualTo(before);
		assertThat(importRow(id)).containsEntry("status", "PREVIEWED").containsEntry("has_content", true);

		// the street caseworker may decide on it; the chief only reads
		assertThat(page("chief", id)).contains("id=\"no-bad-rows\"")
			.doesNotContain("id=\"commit-form\"");
		mvc.perform(post("/household-imports/{id}/discard", id).with(csrf()).with(users.as("jiedao")))
			.andExpect(flash().attribute("success", "import.flash.discarded"));
	}

	@Test
	void theChiefMayReadTheLogButNotUploadAndTheAdminNeither() throws Exception {
		mvc.perform(multipart("/household-imports")
			.file(new MockMultipartFile("file", "台账.xlsx", Downloads.XLSX, xlsx(household("洪苑", 1))))
			.with(csrf())
			.with(users.as("chief"))).andExpect(status().isForbidden());
		String log = html(mvc.perform(get("/household-imports").with(users.as("chief"))).andExpect(status().isOk()).andReturn());
		assertThat(log).contains("id=\"imports\"").doesNotContain("id=\"upload-form\"");
		mvc.perform(get("/household-imports").with(users.as("admin"))).andExpect(status().isForbidden());
		mvc.perform(get("/household-imports/template").with(users.as("chief"))).andExpect(status().isForbidden());
	}

	@Test
	void theTemplateIsAnXlsxWithTheHeaderRowAndValidExamples() throws Exception {
		MvcResult result = mvc.perform(get("/household-imports/template").with(users.as("hongyuan")))
			.andExpect(status().isOk())
			.andReturn();
		assertThat(result.getResponse().getContentType()).isEqualTo(Downloads.XLSX);
		byte[] bytes = result.getResponse().getContentAsByteArray();
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
			Row header = workbook.getSheetAt(0).getRow(0);
			List<String> headers = new ArrayList<>();
			header.forEach(cell -> headers.add(cell.getStringCellValue()));
			assertThat(headers).isEqualTo(HEADERS);
			assertThat(workbook.getSheetAt(0).getRow(1).getCell(0).getStringCellValue()).isEqualTo("洪苑");
			assertThat(workbook.getSheetAt(0).getRow(2).getCell(10).getStringCellValue()).isEqualTo("配偶");
		}
		long id = upload("hongyuan", bytes, "模板.xlsx");
		String html = page("hongyuan", id);
		assertThat(html).contains("id=\"no-bad-rows\"").contains("可导入 1 户、2 人");
		mvc.perform(post("/household-imports/{id}/discard", id).with(csrf()).with(users.as("hongyuan")))
			.andExpect(flash().attribute("success", "import.flash.discarded"));
	}

	// ---------------------------------------------------------------------------------------------- helpers

	/** A household of {@code size} valid rows: the head with all household columns, members inheriting them. */
	List<Map<String, String>> household(String community, int size) {
		String number = householdNo();
		List<Map<String, String>> rows = new ArrayList<>();
		for (int i = 0; i < size; i++) {
			Map<String, String> row = new LinkedHashMap<>();
			row.put("社区", community);
			row.put("户号", number);
			if (i == 0) {
				row.put("住址", community + "小区 " + SEQUENCE.get() + " 号");
				row.put("城乡类别", SEQUENCE.get() % 5 == 0 ? "农村" : "城镇");
				row.put("户联系电话", "0531-8800" + "%04d".formatted(SEQUENCE.get() % 10000));
				if (SEQUENCE.get() % 3 == 0) {
					row.put("开户银行", "中国工商银行");
					row.put("银行账号", "6222 0200 " + "%011d".formatted(SEQUENCE.get()));
					row.put("账户户名", "户主" + SEQUENCE.get());
				}
				row.put("与户主关系", "户主");
				row.put("婚姻状况", "已婚");
				row.put("就业状况", "在职");
			}
			else {
				row.put("与户主关系", MEMBER_RELATIONS[(i - 1 + SEQUENCE.get()) % MEMBER_RELATIONS.length]);
				row.put("婚姻状况", i == 1 ? "已婚" : "未婚");
				row.put("就业状况", i == 1 ? "退休" : "在校学生");
			}
			row.put("姓名", "居民" + SEQUENCE.get() + "-" + i);
			row.put("身份证号", freshId());
			row.put("民族", "汉族");
			row.put("联系电话", "1380000" + "%04d".formatted((SEQUENCE.get() * 4 + i) % 10000));
			row.put("健康状况", "健康");
			rows.add(row);
		}
		return rows;
	}

	/** Appends a household with one bad row; records that row's reason and the rows held back with it. */
	static void addSpecial(List<Map<String, String>> rows, List<Map<String, String>> household, int badIndex,
			String reason, Map<Integer, String> reasons, List<Integer> held) {
		int first = rows.size() + 2;
		for (int i = 0; i < household.size(); i++) {
			if (i == badIndex) {
				reasons.put(first + i, reason);
			}
			else {
				held.add(first + i);
			}
		}
		rows.addAll(household);
	}

	String householdNo() {
		return RUN + "-" + SEQUENCE.incrementAndGet();
	}

	/** A valid 身份证号 nobody has (area code 371702, reserved for tests). */
	static String freshId() {
		return TestIds.next(SEQUENCE.get() % 2 == 0);
	}

	boolean registered(String idNumber) {
		return count("select count(*) from person where id_no_hash = :r", protector.blindIndex(idNumber)) > 0;
	}

	static byte[] xlsx(List<Map<String, String>> rows) throws IOException {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = workbook.createSheet("户籍台账");
			Row header = sheet.createRow(0);
			for (int c = 0; c < HEADERS.size(); c++) {
				header.createCell(c).setCellValue(HEADERS.get(c));
			}
			for (int r = 0; r < rows.size(); r++) {
				Row row = sheet.createRow(r + 1);
				for (int c = 0; c < HEADERS.size(); c++) {
					String value = rows.get(r).get(HEADERS.get(c));
					if (value != null) {
						row.createCell(c).setCellValue(value);
					}
				}
			}
			workbook.write(out);
			return out.toByteArray();
		}
	}

	static byte[] xlsxWithHeaders(List<String> headers) throws IOException {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = workbook.createSheet("x");
			Row header = sheet.createRow(0);
			for (int c = 0; c < headers.size(); c++) {
				header.createCell(c).setCellValue(headers.get(c));
			}
			sheet.createRow(1).createCell(0).setCellValue("张三");
			workbook.write(out);
			return out.toByteArray();
		}
	}

	long upload(String user, byte[] bytes, String fileName) throws Exception {
		MvcResult result = mvc.perform(multipart("/household-imports")
			.file(new MockMultipartFile("file", fileName, Downloads.XLSX, bytes))
			.with(csrf())
			.with(users.as(user))).andExpect(status().is3xxRedirection()).andReturn();
		String location = result.getResponse().getRedirectedUrl();
		assertThat(location).startsWith("/household-imports/");
		return Long.parseLong(location.substring("/household-imports/".length()));
	}

	String page(String user, long id) throws Exception {
		return html(mvc.perform(get("/household-imports/{id}", id).with(users.as(user)))
			.andExpect(status().isOk())
			.andReturn());
	}

	static String html(MvcResult result) throws Exception {
		return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

	static List<Integer> badRowNumbers(String html) {
		List<Integer> numbers = new ArrayList<>();
		Matcher m = Pattern.compile("<tr id=\"row-(\\d+)\">").matcher(html);
		while (m.find()) {
			numbers.add(Integer.parseInt(m.group(1)));
		}
		return numbers;
	}

	static String badRow(String html, int row) {
		Matcher m = Pattern.compile("(?s)<tr id=\"row-" + row + "\">(.*?)</tr>").matcher(html);
		assertThat(m.find()).as("row %d listed", row).isTrue();
		return m.group(1);
	}

	static String section(String html, String id) {
		Matcher m = Pattern.compile("(?s)id=\"" + id + "\"(.*?)</div>").matcher(html);
		assertThat(m.find()).as("#%s present", id).isTrue();
		return m.group(1);
	}

	long communityId(String name) {
		return jdbc.sql("select id from community where name = :n").param("n", name).query(Long.class).single();
	}

	Map<String, Object> importRow(long id) {
		return jdbc.sql("""
				select status, total_rows, error_rows, households, persons, uploaded_by, scope_community_id,
				       committed_at, content is not null as has_content
				from household_import where id = :id""").param("id", id).query().singleRow();
	}

	long count(String sql, Object param) {
		var statement = jdbc.sql(sql);
		if (param != null) {
			statement = statement.param("r", param);
		}
		return statement.query(Long.class).single();
	}

	Counts counts() {
		return new Counts(count("select count(*) from person", null), count("select count(*) from household", null),
				count("select count(*) from household_membership", null),
				count("select count(*) from household_event where event_type = 'IMPORTED'", null));
	}

	record Counts(long persons, long households, long memberships, long imported) {
	}

}
