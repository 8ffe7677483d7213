package cn.street.civil.household;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.street.civil.shared.crypto.SensitiveDataProtector;
import cn.street.civil.support.DemoUsers;
import cn.street.civil.support.IntegrationTest;
import cn.street.civil.support.TestIds;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * 身份证号, phones and bank accounts typed with a Chinese input method (全角 digits, Ｘ, 全角 spaces) are
 * accepted and stored as ASCII, in the form, the search and the import alike.
 */
@IntegrationTest
class FullWidthInputIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	DemoUsers users;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	HouseholdTestClient client;

	@Autowired
	SensitiveDataProtector protector;

	@Test
	void registeringWithAFullWidthIdNumberAndPhoneStoresThemAsAscii() throws Exception {
		String id = idEndingInX();
		String location = mvc
			.perform(client.newHousehold("hongyuan", "全角登记", "　" + fullWidth(id) + "　")
				.param("headPhone", "１３９ ００００ １２３４")
				.param("phone", "０５３１－８８００１２３４")
				.param("bankName", "中国工商银行")
				.param("bankAccount", "６２２２　０２１６　０２００　１２３４　５６７")
				.param("bankAccountHolder", "全角登记"))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		assertThat(location).startsWith("/households/");
		long household = Long.parseLong(location.substring("/households/".length()));

		Map<String, Object> person = jdbc
			.sql("select p.id_no_hash, p.id_no_prefix, p.id_no_tail, p.phone from person p "
					+ "join household h on h.head_person_id = p.id where h.id = :id")
			.param("id", household)
			.query()
			.singleRow();
		assertThat(person.get("id_no_hash")).isEqualTo(protector.blindIndex(id));
		assertThat(person.get("id_no_prefix")).isEqualTo(id.substring(0, 6));
		assertThat(person.get("id_no_tail")).isEqualTo(id.substring(12));
		assertThat(person.get("phone")).isEqualTo("139 0000 1234");
		Map<String, Object> row = jdbc.sql("select phone, bank_account_tail, bank_account_hash from household where id = :id")
			.param("id", household)
			.query()
			.singleRow();
		assertThat(row.get("phone")).isEqualTo("0531-88001234");
		assertThat(row.get("bank_account_tail")).isEqualTo("4567");
		assertThat(row.get("bank_account_hash")).isEqualTo(protector.blindIndex("6222021602001234567"));

		// the same person typed in ASCII is the same person
		mvc.perform(client.newHousehold("hongyuan", "再登记", id)).andExpect(status().isOk());
		assertThat(client.personCount(id)).isEqualTo(1);
	}

	@Test
	void searchingByAFullWidthIdNumberOrItsFullWidthLastFourFindsTheHousehold() throws Exception {
		String id = TestIds.next();
		long household = client.register("hongyuan", "全角查询", id);
		String householdNo = jdbc.sql("select household_no from household where id = :id")
			.param("id", household)
			.query(String.class)
			.single();

		for (String q : List.of(fullWidth(id), "　" + fullWidth(id.substring(14)) + "　")) {
			assertThat(html("/households", q)).as(q).contains(householdNo).contains("全角查询");
			assertThat(html("/persons", q)).as(q).contains("全角查询");
		}
		assertThat(html("/households", fullWidth(householdNo))).contains("全角查询");
	}

	@Test
	void anImportRowWithAFullWidthIdNumberAndPhoneIsImported() throws Exception {
		String id = TestIds.next(false);
		String householdNo = "FW" + System.nanoTime() % 1_000_000_000L;
		Map<String, String> row = new LinkedHashMap<>();
		row.put("社区", "洪苑");
		row.put("户号", householdNo);
		row.put("住址", "洪苑小区全角 1 号");
		row.put("城乡类别", "城镇");
		row.put("户联系电话", "０５３１－８８００５６７８");
		row.put("姓名", "全角导入");
		row.put("身份证号", fullWidth(id) + "　");
		row.put("与户主关系", "户主");
		row.put("联系电话", "１３８００００５６７８");
		assertThat(client.importRows("hongyuan", List.of(row))).contains("可导入 1 户、1 人");

		Map<String, Object> person = jdbc
			.sql("select p.phone, h.phone as household_phone from person p "
					+ "join household h on h.head_person_id = p.id where p.id_no_hash = :hash")
			.param("hash", protector.blindIndex(id))
			.query()
			.singleRow();
		assertThat(person).containsEntry("phone", "13800005678").containsEntry("household_phone", "0531-88005678");
	}

	private String html(String url, String q) throws Exception {
		return mvc.perform(get(url).param("q", q).with(users.as("hongyuan")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

	/** What a Chinese input method in full-width mode types for these characters. */
	private static String fullWidth(String ascii) {
		StringBuilder sb = new StringBuilder();
		for (char c : ascii.toCharArray()) {
			sb.append(c >= '!' && c <= '~' ? (char) (c - '!' + '\uFF01') : c);
		}
		return sb.toString();
	}

	private static String idEndingInX() {
		for (int i = 0; i < 50; i++) {
			String candidate = TestIds.next();
			if (candidate.endsWith("X")) {
				return candidate;
			}
		}
		throw new IllegalStateException("no 身份证号 ending in X");
	}

}
