package cn.street.civil.household;

import java.util.concurrent.ThreadLocalRandom;

import cn.street.civil.support.DemoUsers;
import cn.street.civil.support.IntegrationTest;
import cn.street.civil.support.TestIds;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Phones are shown masked on the person and household pages; the full number only by an audited reveal. */
@IntegrationTest
class PhoneRevealIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	DemoUsers users;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	HouseholdTestClient client;

	@Test
	void thePersonPageMasksThePhoneAndTheRevealIsAuditedAndScoped() throws Exception {
		String mobile = "139" + digits(8);
		long household = register(mobile, "0531-" + digits(8));
		long person = headOf(household);

		String page = html(get("/persons/{id}", person), "hongyuan");
		assertThat(page).doesNotContain(mobile)
			.contains(mobile.substring(0, 3) + "****" + mobile.substring(7))
			.contains("/persons/" + person + "/phone");

		long reveals = reveals("Person", person);
		assertThat(html(post("/persons/{id}/phone", person).with(csrf()), "hongyuan"))
			.contains("id=\"revealed-phone\"")
			.contains(mobile);
		assertThat(reveals("Person", person)).isEqualTo(reveals + 1);
		assertThat(jdbc.sql("""
				select summary from audit_entry where action = 'REVEAL' and object_type = 'Person' and object_id = :id
				order by id desc limit 1""").param("id", String.valueOf(person)).query(String.class).single())
			.contains("电话")
			.doesNotContain(mobile);

		mvc.perform(post("/persons/{id}/phone", person).with(csrf()).with(users.as("xindian")))
			.andExpect(status().isNotFound());
		assertThat(reveals("Person", person)).isEqualTo(reveals + 1);
	}

	@Test
	void theHouseholdPageMasksItsPhoneAndTheMembersPhonesAndTheRevealIsAuditedAndScoped() throws Exception {
		String mobile = "138" + digits(8);
		String landline = "0531-" + digits(8);
		long household = register(mobile, landline);

		String page = html(get("/households/{id}", household), "hongyuan");
		assertThat(page).doesNotContain(mobile)
			.doesNotContain(landline)
			.doesNotContain(landline.replace("-", ""))
			.contains("053****" + landline.substring(landline.length() - 4))
			.contains(mobile.substring(0, 3) + "****" + mobile.substring(7));

		long reveals = reveals("Household", household);
		assertThat(html(post("/households/{id}/phone", household).with(csrf()), "hongyuan"))
			.contains("id=\"revealed-household-phone\"")
			.contains(landline)
			.doesNotContain(mobile);
		assertThat(reveals("Household", household)).isEqualTo(reveals + 1);

		mvc.perform(post("/households/{id}/phone", household).with(csrf()).with(users.as("xindian")))
			.andExpect(status().isNotFound());
		assertThat(reveals("Household", household)).isEqualTo(reveals + 1);
	}

	@Test
	void theEditFormsShowThePhoneMaskedAndAnEmptyFieldKeepsIt() throws Exception {
		String mobile = "137" + digits(8);
		String landline = "0531-" + digits(8);
		long household = register(mobile, landline);
		long person = headOf(household);

		assertThat(html(get("/persons/{id}/edit", person), "hongyuan")).doesNotContain(mobile)
			.contains("placeholder=\"" + mobile.substring(0, 3) + "****" + mobile.substring(7) + "\"");
		assertThat(html(get("/households/{id}/edit", household), "hongyuan")).doesNotContain(landline);

		mvc.perform(post("/persons/{id}", person).with(csrf()).with(users.as("hongyuan"))
			.param("name", "电话测试")
			.param("phone", "")
			.param("version", String.valueOf(personVersion(person)))).andExpect(status().is3xxRedirection());
		assertThat(personPhone(person)).isEqualTo(mobile);

		String replaced = "136" + digits(8);
		mvc.perform(post("/persons/{id}", person).with(csrf()).with(users.as("hongyuan"))
			.param("name", "电话测试")
			.param("phone", replaced)
			.param("version", String.valueOf(personVersion(person)))).andExpect(status().is3xxRedirection());
		assertThat(personPhone(person)).isEqualTo(replaced);

		mvc.perform(post("/households/{id}", household).with(csrf()).with(users.as("hongyuan"))
			.param("address", "济南市历下区测试小区1号楼")
			.param("residenceType", "URBAN")
			.param("phone", "")
			.param("clearPhone", "true")
			.param("version", String.valueOf(client.version(household)))).andExpect(status().is3xxRedirection());
		assertThat(jdbc.sql("select phone from household where id = :id").param("id", household).query(String.class).optional())
			.isEmpty();
	}

	private long personVersion(long person) {
		return jdbc.sql("select version from person where id = :id").param("id", person).query(Long.class).single();
	}

	private String personPhone(long person) {
		return jdbc.sql("select phone from person where id = :id").param("id", person).query(String.class).single();
	}

	private long register(String headPhone, String householdPhone) throws Exception {
		String location = mvc
			.perform(client.newHousehold("hongyuan", "电话测试", TestIds.next())
				.param("headPhone", headPhone)
				.param("phone", householdPhone))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		return Long.parseLong(location.substring("/households/".length()));
	}

	private String html(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request, String user)
			throws Exception {
		return mvc.perform(request.with(users.as(user)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	private long headOf(long household) {
		return jdbc.sql("select head_person_id from household where id = :id").param("id", household).query(Long.class).single();
	}

	private long reveals(String type, long id) {
		return jdbc.sql("select count(*) from audit_entry where action = 'REVEAL' and object_type = :t and object_id = :id")
			.param("t", type)
			.param("id", String.valueOf(id))
			.query(Long.class)
			.single();
	}

	private static String digits(int n) {
		StringBuilder sb = new StringBuilder();
		for (int i = 0; i < n; i++) {
			sb.append(ThreadLocalRandom.current().nextInt(10));
		}
		return sb.toString();
	}

}
