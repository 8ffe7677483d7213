package cn.street.civil.household;


import cn.street.civil.support.DemoUsers;
import cn.street.civil.support.IntegrationTest;
import cn.street.civil.support.TestIds;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class MembershipChangesIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	DemoUsers users;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	HouseholdTestClient client;

	@Autowired
	RegistryEvents registryEvents;

	@Test
	void deathOfTheHeadNeedsANewHeadKeepsTheRecordAndTellsTheProgrammes() throws Exception {
		long id = client.register("hongyuan", "褚老汉", TestIds.next(true));
		long head = headOf(id);
		long wife = client.addMember("hongyuan", id, "卫老太", TestIds.next(false), "SPOUSE");

		change("/households/" + id + "/members/" + head + "/death", id).andExpect(status().isOk())
			.andExpect(content().string(containsString("须从其余成员中指定新户主")));
		assertThat(personStatus(head)).isEqualTo("ACTIVE");

		change("/households/" + id + "/members/" + head + "/death", id, "newHeadPersonId", String.valueOf(wife))
			.andExpect(redirectedUrl("/households/" + id));
		assertThat(personStatus(head)).isEqualTo("DECEASED");
		assertThat(headOf(id)).isEqualTo(wife);
		assertThat(currentMembers(id)).isEqualTo(1);
		assertThat(registryEvents.deceased).anyMatch(e -> e.personId() == head && e.householdId() == id);
		mvc.perform(get("/persons/{p}", head).with(users.as("hongyuan")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("已死亡")));
		mvc.perform(get("/households/{id}", id).with(users.as("hongyuan")))
			.andExpect(content().string(containsString("曾在本户的人员")))
			.andExpect(content().string(containsString("变更户主")));
	}

	@Test
	void theLastMemberMovingOutDissolvesTheHousehold() throws Exception {
		long id = client.register("hongyuan", "蒋独居", TestIds.next());
		long head = headOf(id);
		change("/households/" + id + "/members/" + head + "/move-out", id).andExpect(redirectedUrl("/households/" + id));
		assertThat(personStatus(head)).isEqualTo("MOVED_OUT");
		assertThat(jdbc.sql("select status from household where id = :id").param("id", id).query(String.class).single())
			.isEqualTo("DISSOLVED");
		assertThat(registryEvents.movedOut).anyMatch(e -> e.personId() == head);
		mvc.perform(post("/households/{id}/members", id).with(users.as("hongyuan"))
			.with(csrf())
			.param("name", "沈新人")
			.param("idNumber", TestIds.next())
			.param("relation", "CHILD"))
			.andExpect(content().string(containsString("该户已注销，不能再办理变动")));
		assertThat(jdbc.sql("select count(*) from person where name = '沈新人'").query(Long.class).single()).isZero();
	}

	@Test
	void aMemberMovesToAnotherHouseholdAndBelongsToOneHouseholdOnly() throws Exception {
		long from = client.register("hongyuan", "韩父亲", TestIds.next());
		String daughterId = TestIds.next(false);
		long daughter = client.addMember("hongyuan", from, "韩女儿", daughterId, "CHILD");
		long to = client.register("hongyuan", "杨丈夫", TestIds.next());
		String toNo = householdNo(to);

		change("/households/" + from + "/members/" + daughter + "/move", from, "targetHouseholdNo", toNo, "relation",
				"SPOUSE")
			.andExpect(redirectedUrl("/households/" + from));
		assertThat(jdbc.sql("select household_id from household_membership where person_id = :p and valid_to is null")
			.param("p", daughter)
			.query(Long.class)
			.list()).containsExactly(to);
		assertThat(jdbc.sql("select end_reason from household_membership where person_id = :p and household_id = :h")
			.param("p", daughter)
			.param("h", from)
			.query(String.class)
			.single()).isEqualTo("MOVED");

		changeSeen("/households/" + from + "/members/" + daughter + "/move", client.version(from), "targetHouseholdNo", toNo)
			.andExpect(status().isNotFound());
	}

	@Test
	void moveToAnotherCommunitysHouseholdIsRefusedForACommunityCaseworker() throws Exception {
		long from = client.register("hongyuan", "朱本社区", TestIds.next());
		long member = client.addMember("hongyuan", from, "朱成员", TestIds.next(), "CHILD");
		long other = client.register("xindian", "秦辛甸", TestIds.next());
		change("/households/" + from + "/members/" + member + "/move", from, "targetHouseholdNo", householdNo(other))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("不在您的数据范围内")));
		assertThat(currentMembers(from)).isEqualTo(2);
	}

	@Test
	void headChangeSplitAndMergeKeepExactlyOneHeadPerHousehold() throws Exception {
		long id = client.register("hongyuan", "许祖父", TestIds.next());
		long grandfather = headOf(id);
		long son = client.addMember("hongyuan", id, "许儿子", TestIds.next(), "CHILD");
		long daughterInLaw = client.addMember("hongyuan", id, "何儿媳", TestIds.next(false), "CHILD_IN_LAW");

		change("/households/" + id + "/head", id, "newHeadPersonId", String.valueOf(son), "relation", "PARENT")
			.andExpect(redirectedUrl("/households/" + id));
		assertThat(headOf(id)).isEqualTo(son);
		assertThat(relationOf(grandfather)).isEqualTo("PARENT");

		change("/households/" + id + "/split", id, "memberIds", String.valueOf(son), "newHeadPersonId",
				String.valueOf(son)).andExpect(status().isOk()).andExpect(content().string(containsString("现户主不能分出")));

		change("/households/" + id + "/head", id, "newHeadPersonId", String.valueOf(grandfather), "relation", "CHILD")
			.andExpect(redirectedUrl("/households/" + id));
		String location = change("/households/" + id + "/split", id, "memberIds", String.valueOf(son), "memberIds",
				String.valueOf(daughterInLaw), "newHeadPersonId", String.valueOf(son), "address", "济南市历下区新房2号楼")
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		long split = Long.parseLong(location.substring("/households/".length()));
		assertThat(split).isNotEqualTo(id);
		assertThat(headOf(split)).isEqualTo(son);
		assertThat(currentMembers(split)).isEqualTo(2);
		assertThat(currentMembers(id)).isEqualTo(1);

		change("/households/" + split + "/merge", split, "targetHouseholdNo", householdNo(id), "relation", "CHILD")
			.andExpect(redirectedUrl("/households/" + split));
		assertThat(currentMembers(id)).isEqualTo(3);
		assertThat(headOf(id)).isEqualTo(grandfather);
		assertThat(jdbc.sql("select status from household where id = :id").param("id", split).query(String.class).single())
			.isEqualTo("DISSOLVED");
		assertThat(jdbc.sql("select count(*) from household_membership where household_id = :id and valid_to is null "
				+ "and relation = 'HEAD'").param("id", id).query(Long.class).single()).isEqualTo(1);
		assertThat(jdbc.sql("select count(*) from household_event where household_id = :id").param("id", id)
			.query(Long.class)
			.single()).isGreaterThanOrEqualTo(6);
	}

	@Test
	void aMembershipChangeOnAStalePageIsRefused() throws Exception {
		long id = client.register("hongyuan", "吕并发", TestIds.next());
		long a = client.addMember("hongyuan", id, "吕甲", TestIds.next(), "CHILD");
		long b = client.addMember("hongyuan", id, "吕乙", TestIds.next(), "CHILD");
		long seen = client.version(id);
		changeSeen("/households/" + id + "/members/" + a + "/relation", seen, "relation", "GRANDCHILD")
			.andExpect(redirectedUrl("/households/" + id));
		changeSeen("/households/" + id + "/members/" + b + "/relation", seen, "relation", "GRANDCHILD")
			.andExpect(status().isConflict());
		assertThat(relationOf(b)).isEqualTo("CHILD");
	}

	@Test
	void changesNeedADateNotInTheFutureAndAReason() throws Exception {
		long id = client.register("hongyuan", "施日期", TestIds.next());
		long head = headOf(id);
		mvc.perform(post("/households/{id}/members/{p}/death", id, head).with(users.as("hongyuan"))
			.with(csrf())
			.param("date", java.time.LocalDate.now().plusDays(5).toString())
			.param("reason", "")
			.param("version", String.valueOf(client.version(id))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("变动日期不能晚于今天")))
			.andExpect(content().string(containsString("请填写变动原因")));
		assertThat(personStatus(head)).isEqualTo("ACTIVE");
	}

	@Test
	void correctingAnIdNumberRederivesBirthDateAndSexAndIsAudited() throws Exception {
		long id = client.register("hongyuan", "邹更正", TestIds.next(true));
		long person = headOf(id);
		String corrected = TestIds.of("371702", java.time.LocalDate.of(1977, 7, 7), "028");
		long version = jdbc.sql("select version from person where id = :id").param("id", person).query(Long.class).single();
		mvc.perform(post("/persons/{id}", person).with(users.as("hongyuan"))
			.with(csrf())
			.param("name", "邹更正")
			.param("idNumber", corrected)
			.param("reason", "户口簿核对")
			.param("version", String.valueOf(version))).andExpect(redirectedUrl("/persons/" + person));
		var row = jdbc.sql("select birth_date, sex from person where id = :id").param("id", person).query().singleRow();
		assertThat(row.get("birth_date").toString()).isEqualTo("1977-07-07");
		assertThat(row.get("sex")).isEqualTo("FEMALE");
		assertThat(jdbc.sql("select details from audit_entry where action = 'MEMBER_UPDATED' and object_id = :id")
			.param("id", String.valueOf(id))
			.query(String.class)
			.single()).contains("身份证号（更正）").contains("原因: 户口簿核对");
	}

	private ResultActions change(String url, long householdId, String... params) throws Exception {
		return changeSeen(url, client.version(householdId), params);
	}

	private ResultActions changeSeen(String url, long version, String... params) throws Exception {
		var request = post(url).with(users.as("hongyuan"))
			.with(csrf())
			.param("date", "2024-06-01")
			.param("reason", "测试变动")
			.param("version", String.valueOf(version));
		for (int i = 0; i < params.length; i += 2) {
			request.param(params[i], params[i + 1]);
		}
		return mvc.perform(request);
	}

	private long headOf(long householdId) {
		return jdbc.sql("select head_person_id from household where id = :id").param("id", householdId).query(Long.class).single();
	}

	private String householdNo(long householdId) {
		return jdbc.sql("select household_no from household where id = :id").param("id", householdId).query(String.class).single();
	}

	private String personStatus(long personId) {
		return jdbc.sql("select status from person where id = :id").param("id", personId).query(String.class).single();
	}

	private String relationOf(long personId) {
		return jdbc.sql("select relation from household_membership where person_id = :p and valid_to is null")
			.param("p", personId)
			.query(String.class)
			.single();
	}

	private long currentMembers(long householdId) {
		return jdbc.sql("select count(*) from household_membership where household_id = :id and valid_to is null")
			.param("id", householdId)
			.query(Long.class)
			.single();
	}

}
