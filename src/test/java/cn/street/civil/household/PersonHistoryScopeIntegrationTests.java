package cn.street.civil.household;

import java.nio.charset.StandardCharsets;

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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The person page's 户籍经历 shows only households in the viewer's scope; the others as a neutral line. */
@IntegrationTest
class PersonHistoryScopeIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	DemoUsers users;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	HouseholdTestClient client;

	@Test
	void aPersonWhoMovedInFromAnotherCommunityShowsThatHouseholdOnlyToTheStreet() throws Exception {
		String run = Long.toString(System.nanoTime() % 1_000_000_000L, 36);
		String oldAddress = "洪苑旧址" + run + "号";
		String newAddress = "辛甸新址" + run + "号";
		long from = register("洪苑", "迁户甲", oldAddress);
		long person = client.addMember("jiedao", from, "迁户乙", TestIds.next(false), "CHILD");
		long to = register("辛甸", "迁户丙", newAddress);
		String fromNo = householdNo(from);

		mvc.perform(post("/households/{id}/members/{p}/move", from, person).with(users.as("jiedao"))
			.with(csrf())
			.param("date", "2024-06-01")
			.param("reason", "结婚迁入")
			.param("targetHouseholdNo", householdNo(to))
			.param("relation", "SPOUSE")
			.param("version", String.valueOf(client.version(from)))).andExpect(redirectedUrl("/households/" + from));

		String seenByXindian = page(person, "xindian");
		assertThat(seenByXindian).contains(newAddress)
			.contains(householdNo(to))
			.contains("其他社区的户（无权查看）")
			.contains("2024-06-01")
			.doesNotContain(oldAddress)
			.doesNotContain(fromNo)
			.doesNotContain("/households/" + from + "\"");

		String seenByStreet = page(person, "jiedao");
		assertThat(seenByStreet).contains(newAddress).contains(oldAddress).contains(fromNo).doesNotContain("无权查看");

		mvc.perform(get("/persons/{id}", person).with(users.as("hongyuan"))).andExpect(status().isNotFound());
	}

	private long register(String community, String headName, String address) throws Exception {
		long communityId = jdbc.sql("select id from community where name = :n")
			.param("n", community)
			.query(Long.class)
			.single();
		String location = mvc
			.perform(post("/households").with(users.as("jiedao"))
				.with(csrf())
				.param("communityId", String.valueOf(communityId))
				.param("address", address)
				.param("residenceType", "URBAN")
				.param("headName", headName)
				.param("headIdNumber", TestIds.next()))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		return Long.parseLong(location.substring("/households/".length()));
	}

	private String page(long person, String user) throws Exception {
		return mvc.perform(get("/persons/{id}", person).with(users.as(user)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

	private String householdNo(long id) {
		return jdbc.sql("select household_no from household where id = :id").param("id", id).query(String.class).single();
	}

}
