package cn.street.civil.household;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Map;

import cn.street.civil.support.DemoUsers;
import cn.street.civil.support.IntegrationTest;
import cn.street.civil.support.TestIds;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class HouseholdRegistryIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	DemoUsers users;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	HouseholdTestClient client;

	@Test
	void caseworkerRegistersAHouseholdWithThreeMembersAndFindsItByLastFourDigits() throws Exception {
		String headId = TestIds.next(true);
		long id = client.register("hongyuan", "赵建国", headId);
		String spouseId = TestIds.next(false);
		client.addMember("hongyuan", id, "钱秀英", spouseId, "SPOUSE");
		String childId = TestIds.next(true);
		client.addMember("hongyuan", id, "赵小明", childId, "CHILD");

		Map<String, Object> household = jdbc.sql("select * from household where id = :id").param("id", id).query().singleRow();
		assertThat(household.get("community_id")).isEqualTo(communityId("洪苑"));
		assertThat(jdbc.sql("select count(*) from household_membership where household_id = :id and valid_to is null")
			.param("id", id)
			.query(Long.class)
			.single()).isEqualTo(3);

		String page = mvc.perform(get("/households").param("q", childId.substring(14)).with(users.as("hongyuan")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains((String) household.get("household_no")).contains("赵建国");
		assertThat(page).doesNotContain(headId).contains(headId.substring(0, 6) + "********" + headId.substring(14));

		mvc.perform(get("/households/{id}", id).with(users.as("hongyuan")))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("钱秀英"), containsString("赵小明"), containsString("配偶"),
					not(containsString(spouseId)))));
	}

	@Test
	void idNumbersAreStoredEncryptedAndBirthDateAndSexAreDerived() throws Exception {
		String headId = TestIds.next(false);
		long id = client.register("hongyuan", "孙桂兰", headId);
		Map<String, Object> person = jdbc.sql("select p.* from person p join household h on h.head_person_id = p.id where h.id = :id")
			.param("id", id)
			.query()
			.singleRow();
		assertThat(person.toString()).doesNotContain(headId).doesNotContain(headId.substring(6, 14));
		assertThat((String) person.get("id_no_cipher")).doesNotContain(headId);
		assertThat(person.get("sex")).isEqualTo("FEMALE");
		assertThat(person.get("birth_date").toString()).isEqualTo(headId.substring(6, 10) + "-" + headId.substring(10, 12)
				+ "-" + headId.substring(12, 14));
	}

	@Test
	void invalidIdNumbersAreRefusedWithTheReasonAndNothingIsSaved() throws Exception {
		String bad = TestIds.withBadCheckDigit(TestIds.next());
		mvc.perform(client.newHousehold("hongyuan", "周错号", bad))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("身份证号校验位不正确")));
		mvc.perform(client.newHousehold("hongyuan", "周未来", TestIds.of("371702", java.time.LocalDate.now().plusDays(30), "011")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("晚于今天")));
		mvc.perform(client.newHousehold("hongyuan", "周短号", "12345"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("身份证号应为18位")));
		assertThat(jdbc.sql("select count(*) from person where name in ('周错号', '周未来', '周短号')").query(Long.class).single()).isZero();
	}

	@Test
	void lowerCaseXIsStoredAsUpperCaseAndLegacyFifteenDigitNumbersAreUpgraded() throws Exception {
		String withX = findNumberEndingInX();
		long id = client.register("hongyuan", "吴小写", withX.toLowerCase());
		assertThat(client.personCount(withX)).isEqualTo(1);
		mvc.perform(get("/persons").param("q", withX.toLowerCase()).with(users.as("hongyuan")))
			.andExpect(content().string(containsString("吴小写")));

		String eighteen = TestIds.of("371702", java.time.LocalDate.of(1951, 3, 7), "123");
		String fifteen = eighteen.substring(0, 6) + eighteen.substring(8, 17);
		client.register("hongyuan", "郑旧号", fifteen);
		assertThat(client.personCount(eighteen)).isEqualTo(1);
		assertThat(id).isPositive();
	}

	@Test
	void anUnknownAreaCodeIsSavedWithAWarning() throws Exception {
		String unknownArea = TestIds.of("991702", java.time.LocalDate.of(1962, 8, 8), "015");
		mvc.perform(client.newHousehold("hongyuan", "欧阳未知", unknownArea))
			.andExpect(status().isFound())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash()
				.attribute("warning", "person.id-number.unknown-area"));
		assertThat(jdbc.sql("select count(*) from person where name = '欧阳未知'").query(Long.class).single()).isEqualTo(1);
	}

	@Test
	void onePersonOneRecordAcrossTheWholeStreet() throws Exception {
		String id = TestIds.next();
		client.register("hongyuan", "王唯一", id);
		mvc.perform(client.newHousehold("xindian", "王重复", id))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("该身份证号已在系统中登记（所属社区：洪苑）")));
		assertThat(client.personCount(id)).isEqualTo(1);
	}

	@Test
	void communityCaseworkerCannotChooseAnotherCommunity() throws Exception {
		long id = client.register("hongyuan", "冯越权", TestIds.next());
		mvc.perform(client.newHousehold("hongyuan", "冯越权二", TestIds.next()).param("communityId", String.valueOf(communityId("辛甸"))));
		assertThat(jdbc.sql("select community_id from household where id = :id").param("id", id).query(Long.class).single())
			.isEqualTo(communityId("洪苑"));
		assertThat(jdbc.sql("select count(*) from household h join person p on p.id = h.head_person_id "
				+ "where p.name = '冯越权二' and h.community_id <> :c")
			.param("c", communityId("洪苑"))
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void anotherCommunitysCaseworkerGetsNotFoundForEveryRouteAndChangesNothing() throws Exception {
		long id = client.register("hongyuan", "陈保密", TestIds.next());
		long person = jdbc.sql("select head_person_id from household where id = :id").param("id", id).query(Long.class).single();
		long version = client.version(id);
		for (String url : List.of("/households/" + id, "/households/" + id + "/edit", "/households/" + id + "/members/new",
				"/households/" + id + "/head", "/households/" + id + "/split", "/households/" + id + "/merge",
				"/households/" + id + "/members/" + person + "/death", "/persons/" + person, "/persons/" + person + "/edit")) {
			mvc.perform(get(url).with(users.as("xindian"))).andExpect(status().isNotFound());
		}
		mvc.perform(post("/households/{id}", id).with(users.as("xindian"))
			.with(csrf())
			.param("address", "被篡改的地址")
			.param("residenceType", "RURAL")
			.param("version", String.valueOf(version))).andExpect(status().isNotFound());
		mvc.perform(post("/households/{id}/bank-account", id).with(users.as("xindian")).with(csrf()))
			.andExpect(status().isNotFound());
		mvc.perform(post("/persons/{id}/id-number", person).with(users.as("xindian")).with(csrf()))
			.andExpect(status().isNotFound());
		mvc.perform(post("/households/{id}/members/{p}/death", id, person).with(users.as("xindian"))
			.with(csrf())
			.param("date", "2024-01-01")
			.param("reason", "越权")
			.param("version", String.valueOf(version))).andExpect(status().isNotFound());
		assertThat(jdbc.sql("select address from household where id = :id").param("id", id).query(String.class).single())
			.isEqualTo("济南市历下区测试小区1号楼");
		assertThat(jdbc.sql("select status from person where id = :id").param("id", person).query(String.class).single())
			.isEqualTo("ACTIVE");
		String export = exportText("xindian", "陈保密");
		assertThat(export).doesNotContain("陈保密");
		mvc.perform(get("/households").param("q", "陈保密").with(users.as("xindian")))
			.andExpect(content().string(not(containsString("<td>陈保密</td>"))));
		mvc.perform(get("/households/{id}", id).with(users.as("jiedao"))).andExpect(status().isOk());
		mvc.perform(get("/households/{id}", id).with(users.as("chief"))).andExpect(status().isOk());
	}

	@Test
	void theChiefReadsButDoesNotEditAndTheAdminSeesNoCaseData() throws Exception {
		long id = client.register("jiedao", "卫街道", TestIds.next());
		assertThat(id).isPositive();
		mvc.perform(client.newHousehold("chief", "卫科长", TestIds.next())).andExpect(status().isForbidden());
		mvc.perform(get("/households/new").with(users.as("chief"))).andExpect(status().isForbidden());
		mvc.perform(get("/households").with(users.as("admin"))).andExpect(status().isForbidden());
		mvc.perform(get("/households/{id}", id).with(users.as("admin"))).andExpect(status().isForbidden());
		mvc.perform(get("/households/{id}", id).with(users.as("auditor"))).andExpect(status().isForbidden());
	}

	@Test
	void staleEditGetsTheConflictPageAndTheFirstEditSurvives() throws Exception {
		long id = client.register("hongyuan", "蒋并发", TestIds.next());
		long version = client.version(id);
		mvc.perform(post("/households/{id}", id).with(users.as("hongyuan"))
			.with(csrf())
			.param("address", "第一次保存的地址")
			.param("residenceType", "URBAN")
			.param("version", String.valueOf(version))).andExpect(redirectedUrl("/households/" + id));
		mvc.perform(post("/households/{id}", id).with(users.as("jiedao"))
			.with(csrf())
			.param("address", "过期页面的地址")
			.param("residenceType", "URBAN")
			.param("version", String.valueOf(version)))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("数据已被他人修改")));
		assertThat(jdbc.sql("select address from household where id = :id").param("id", id).query(String.class).single())
			.isEqualTo("第一次保存的地址");
		String details = jdbc.sql("select details from audit_entry where module = 'household' and action = 'UPDATED' and object_id = :id")
			.param("id", String.valueOf(id))
			.query(String.class)
			.single();
		assertThat(details).contains("地址: 济南市历下区测试小区1号楼 → 第一次保存的地址");
	}

	@Test
	void bankAccountIsEncryptedShownMaskedAndTheFullNumberIsRevealedOnlyWithAnAuditRow() throws Exception {
		long id = client.register("hongyuan", "韩有卡", TestIds.next());
		long version = client.version(id);
		mvc.perform(post("/households/{id}", id).with(users.as("hongyuan"))
			.with(csrf())
			.param("address", "济南市历下区测试小区1号楼")
			.param("residenceType", "URBAN")
			.param("bankName", "中国工商银行")
			.param("bankAccount", "6222 0216 0200 1234 567")
			.param("bankAccountHolder", "韩有卡")
			.param("version", String.valueOf(version))).andExpect(redirectedUrl("/households/" + id));
		Map<String, Object> row = jdbc.sql("select * from household where id = :id").param("id", id).query().singleRow();
		assertThat(row.toString()).doesNotContain("6222021602001234567");
		assertThat(row.get("bank_account_tail")).isEqualTo("4567");
		mvc.perform(get("/households/{id}", id).with(users.as("hongyuan")))
			.andExpect(content().string(allOf(containsString("**** **** 4567"), not(containsString("6222021602001234567")))));
		mvc.perform(post("/households/{id}/bank-account", id).with(users.as("hongyuan")).with(csrf()))
			.andExpect(content().string(containsString("6222021602001234567")));
		assertThat(jdbc.sql("select count(*) from audit_entry where action = 'REVEAL' and object_type = 'Household' and object_id = :id")
			.param("id", String.valueOf(id))
			.query(Long.class)
			.single()).isEqualTo(1);

		mvc.perform(post("/households/{id}", id).with(users.as("hongyuan"))
			.with(csrf())
			.param("address", "济南市历下区测试小区1号楼")
			.param("residenceType", "URBAN")
			.param("bankName", "中国工商银行")
			.param("bankAccount", "12AB")
			.param("bankAccountHolder", "韩有卡")
			.param("version", String.valueOf(client.version(id))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("银行账号应为 10–30 位数字")));
	}

	@Test
	void exportIsScopedMaskedAuditedAndNeutralisesFormulas() throws Exception {
		String headId = TestIds.next();
		long id = client.register("hongyuan", "=HYPERLINK(\"http://x\",\"y\")", headId);
		String text = exportText("hongyuan", "=HYPERLINK");
		assertThat(text).contains("=HYPERLINK").doesNotContain(headId).contains(headId.substring(0, 6) + "********");
		assertThat(jdbc.sql("select count(*) from audit_entry where module = 'household' and action = 'EXPORT' and username = 'hongyuan'")
			.query(Long.class)
			.single()).isPositive();
		assertThat(id).isPositive();
	}

	@Test
	void scriptInNamesAndAddressesComesBackEscaped() throws Exception {
		String payload = "\"><script>alert(1)</script>";
		long id = client.register("hongyuan", payload, TestIds.next());
		for (String url : List.of("/households/" + id, "/households?q=" + java.net.URLEncoder.encode("\">", "UTF-8"),
				"/persons?q=" + java.net.URLEncoder.encode("\">", "UTF-8"))) {
			mvc.perform(get(url).with(users.as("hongyuan")))
				.andExpect(content().string(not(containsString("<script>alert(1)</script>"))));
		}
	}

	private String exportText(String user, String q) throws Exception {
		byte[] bytes = mvc.perform(get("/households/export").param("q", q).with(users.as(user)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		StringBuilder sb = new StringBuilder();
		try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
			for (Row row : workbook.getSheetAt(0)) {
				row.forEach(cell -> {
					assertThat(cell.getCellType()).isNotEqualTo(CellType.FORMULA);
					sb.append(cell.getCellType() == CellType.NUMERIC ? String.valueOf(cell.getNumericCellValue())
							: cell.getStringCellValue()).append('\t');
				});
				sb.append('\n');
			}
		}
		return sb.toString();
	}

	private long communityId(String name) {
		return jdbc.sql("select id from community where name = :n").param("n", name).query(Long.class).single();
	}

	private static String findNumberEndingInX() {
		for (int seq = 100; seq < 999; seq++) {
			String candidate = TestIds.of("371702", java.time.LocalDate.of(1948, 5, 17), String.valueOf(seq));
			if (candidate.endsWith("X")) {
				return candidate;
			}
		}
		throw new IllegalStateException("no X");
	}

}
