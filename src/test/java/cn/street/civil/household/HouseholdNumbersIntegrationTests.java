package cn.street.civil.household;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.street.civil.support.DemoUsers;
import cn.street.civil.support.IntegrationTest;
import cn.street.civil.support.TestIds;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Registration, 分户 (also of an imported household) and the demo street number households alike. */
@IntegrationTest
class HouseholdNumbersIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	DemoUsers users;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	HouseholdTestClient client;

	@Test
	void registrationAndSplitsGiveTheCommunityCodeAndSixDigitsAndNeverTheSameNumber() throws Exception {
		String format = code("洪苑") + "-\\d{6}";
		List<String> numbers = new ArrayList<>();

		long registered = client.register("hongyuan", "编号户主", TestIds.next());
		numbers.add(householdNo(registered));
		long child = client.addMember("hongyuan", registered, "编号子女", TestIds.next(), "CHILD");
		numbers.add(householdNo(split(registered, child)));

		// an imported household keeps the 户号 of its file; what splits off it is numbered like any other
		String importedNo = "IMP" + Long.toString(System.nanoTime() % 1_000_000_000L, 36).toUpperCase() + "-7";
		String childId = TestIds.next(false);
		client.importRows("hongyuan", List.of(importRow(importedNo, "导入户主", TestIds.next(), "户主"),
				importRow(importedNo, "导入子女", childId, "子女")));
		long imported = jdbc.sql("select id from household where household_no = :n")
			.param("n", importedNo)
			.query(Long.class)
			.single();
		numbers.add(householdNo(split(imported, client.personId(childId))));

		assertThat(numbers).allMatch(n -> n.matches(format), format).doesNotHaveDuplicates();
		assertThat(numbers.get(2)).doesNotStartWith("IMP");
	}

	@Test
	void aNumberAlreadyTakenIsSkipped() throws Exception {
		String code = code("洪苑");
		long last = jdbc.sql("select last_value from household_no_seq").query(Long.class).single();
		String taken = code + "-" + "%06d".formatted(last + 1);
		mvc.perform(client.newHousehold("hongyuan", "占号户", TestIds.next()).param("householdNo", taken))
			.andExpect(status().is3xxRedirection());
		assertThat(jdbc.sql("select count(*) from household where household_no = :n")
			.param("n", taken)
			.query(Long.class)
			.single()).isEqualTo(1);

		String next = householdNo(client.register("hongyuan", "跳号户", TestIds.next()));
		assertThat(next).matches(code + "-\\d{6}").isNotEqualTo(taken);
		assertThat(Long.parseLong(next.substring(code.length() + 1))).isGreaterThan(last + 1);
	}

	@Test
	void theDemoStreetIsNumberedTheSameWay() {
		assertThat(jdbc.sql("""
				select count(*) from household h join community c on c.id = h.community_id
				where h.created_by = 'system' and h.household_no !~ ('^' || c.code || '-[0-9]{6}$')""")
			.query(Long.class)
			.single()).isZero();
		assertThat(jdbc.sql("select count(*) from household where created_by = 'system'").query(Long.class).single())
			.isPositive();
	}

	private long split(long householdId, long personId) throws Exception {
		String location = mvc
			.perform(post("/households/{id}/split", householdId).with(users.as("hongyuan"))
				.with(csrf())
				.param("date", "2024-06-01")
				.param("reason", "分户测试")
				.param("memberIds", String.valueOf(personId))
				.param("newHeadPersonId", String.valueOf(personId))
				.param("address", "济南市历下区分户新址")
				.param("version", String.valueOf(client.version(householdId))))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		long created = Long.parseLong(location.substring("/households/".length()));
		assertThat(created).isNotEqualTo(householdId);
		return created;
	}

	private static Map<String, String> importRow(String householdNo, String name, String idNumber, String relation) {
		Map<String, String> row = new LinkedHashMap<>();
		row.put("社区", "洪苑");
		row.put("户号", householdNo);
		if ("户主".equals(relation)) {
			row.put("住址", "洪苑小区导入 9 号");
			row.put("城乡类别", "城镇");
		}
		row.put("姓名", name);
		row.put("身份证号", idNumber);
		row.put("与户主关系", relation);
		return row;
	}

	private String code(String community) {
		return jdbc.sql("select code from community where name = :n").param("n", community).query(String.class).single();
	}

	private String householdNo(long id) {
		return jdbc.sql("select household_no from household where id = :id").param("id", id).query(String.class).single();
	}

}
