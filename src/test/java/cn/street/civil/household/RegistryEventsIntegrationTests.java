package cn.street.civil.household;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import cn.street.civil.support.DemoUsers;
import cn.street.civil.support.IntegrationTest;
import cn.street.civil.support.TestIds;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The registry's events as a programme receives them: after the commit, through Modulith's event
 * publication registry, so a failing listener loses nothing and undoes nothing.
 */
@IntegrationTest
class RegistryEventsIntegrationTests {

	static final LocalDate DATE = LocalDate.of(2024, 6, 1);

	static final Duration WAIT = Duration.ofSeconds(10);

	@Autowired
	MockMvc mvc;

	@Autowired
	DemoUsers users;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	HouseholdTestClient client;

	@Autowired
	ProgrammeStandIn programme;

	@Autowired
	IncompleteEventPublications incomplete;

	@Autowired
	Clock clock;

	@Test
	void aFailingListenerLeavesTheDeathRegisteredAndItsPublicationIncompleteUntilRetried() throws Exception {
		long id = client.register("hongyuan", "韩老伯", TestIds.next(true));
		long wife = client.addMember("hongyuan", id, "韩老伴", TestIds.next(false), "SPOUSE");
		programme.failOnDeathOf(wife);

		change("/households/" + id + "/members/" + wife + "/death", id);

		assertThat(jdbc.sql("select status from person where id = :id").param("id", wife).query(String.class).single())
			.isEqualTo("DECEASED");
		await().atMost(WAIT).until(() -> publication(wife, "onDeath") != null
				&& "FAILED".equals(publication(wife, "onDeath").get("status")));
		assertThat(publication(wife, "onDeath").get("completion_date")).isNull();
		assertThat(programme.deathsHandled()).doesNotContain(wife);

		programme.stopFailing(wife);
		incomplete.resubmitIncompletePublications(
				p -> p.getEvent() instanceof PersonDeceased d && d.personId() == wife);

		await().atMost(WAIT).until(() -> publication(wife, "onDeath").get("completion_date") != null);
		assertThat(programme.deathsHandled()).containsOnlyOnce(wife);
	}

	@Test
	void movesSplitsAndMergesAreAnnouncedToBothHouseholds() throws Exception {
		long from = client.register("hongyuan", "秦大哥", TestIds.next(true));
		long son = client.addMember("hongyuan", from, "秦小弟", TestIds.next(true), "CHILD");
		long daughter = client.addMember("hongyuan", from, "秦小妹", TestIds.next(false), "CHILD");
		long to = client.register("hongyuan", "许大嫂", TestIds.next(false));
		long community = communityOf(from);

		change("/households/" + from + "/members/" + daughter + "/move", from, "targetHouseholdNo", householdNo(to),
				"relation", "SPOUSE");
		awaitEvent(new MemberLeft(from, community, daughter, DATE, MembershipCause.MOVED, to));
		awaitEvent(new MemberJoined(to, community, daughter, Relation.SPOUSE, DATE, MembershipCause.MOVED, from));

		String location = change("/households/" + from + "/split", from, "memberIds", String.valueOf(son),
				"newHeadPersonId", String.valueOf(son), "address", "分户新址 1 号")
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		long split = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
		awaitEvent(new MemberLeft(from, community, son, DATE, MembershipCause.SPLIT, split));
		awaitEvent(new MemberJoined(split, community, son, Relation.HEAD, DATE, MembershipCause.SPLIT, from));

		change("/households/" + split + "/merge", split, "targetHouseholdNo", householdNo(to), "relation", "CHILD");
		awaitEvent(new MemberLeft(split, community, son, DATE, MembershipCause.MERGED, to));
		awaitEvent(new MemberJoined(to, community, son, Relation.CHILD, DATE, MembershipCause.MERGED, split));
		awaitEvent(new HouseholdDissolved(split, community, DATE, to));
	}

	@Test
	void headChangesDeathsMovesOutAndTheLastMemberLeavingAreAnnounced() throws Exception {
		long id = client.register("hongyuan", "尤大爷", TestIds.next(true));
		long head = headOf(id);
		long son = client.addMember("hongyuan", id, "尤大伟", TestIds.next(true), "CHILD");
		long community = communityOf(id);

		change("/households/" + id + "/members/" + head + "/death", id, "newHeadPersonId", String.valueOf(son));
		awaitEvent(new HeadChanged(id, community, head, son, DATE));
		awaitEvent(new PersonDeceased(head, id, community, DATE));

		change("/households/" + id + "/members/" + son + "/move-out", id);
		awaitEvent(new PersonMovedOut(son, id, community, DATE));
		awaitEvent(new HouseholdDissolved(id, community, DATE, null));
	}

	@Test
	void aCorrectedIdNumberAndAChangedBankAccountAreAnnouncedWithoutTheNumbers() throws Exception {
		String original = TestIds.next(true);
		long id = client.register("hongyuan", "施更号", original);
		long person = headOf(id);
		long community = communityOf(id);
		String corrected = TestIds.next(true);
		long version = jdbc.sql("select version from person where id = :id").param("id", person).query(Long.class).single();
		mvc.perform(post("/persons/{id}", person).with(users.as("hongyuan"))
			.with(csrf())
			.param("name", "施更号")
			.param("idNumber", corrected)
			.param("reason", "户口簿核对")
			.param("version", String.valueOf(version))).andExpect(redirectedUrl("/persons/" + person));
		LocalDate today = LocalDate.now(clock);
		awaitEvent(new IdNumberCorrected(person, id, community, today));

		String account = "6222021602001234567";
		mvc.perform(post("/households/{id}", id).with(users.as("hongyuan"))
			.with(csrf())
			.param("address", "经十路 1 号")
			.param("residenceType", "URBAN")
			.param("bankName", "工商银行")
			.param("bankAccount", account)
			.param("bankAccountHolder", "施更号")
			.param("version", String.valueOf(client.version(id)))).andExpect(redirectedUrl("/households/" + id));
		awaitEvent(new BankAccountChanged(id, community, today, false));

		List<String> stored = jdbc.sql("select serialized_event from event_publication where serialized_event like :p")
			.param("p", "%" + person + "%")
			.query(String.class)
			.list();
		assertThat(stored).isNotEmpty()
			.noneMatch(json -> json.contains(original) || json.contains(corrected) || json.contains(account));
	}

	private void awaitEvent(RegistryEvent expected) {
		await().atMost(WAIT).untilAsserted(() -> assertThat(programme.received()).contains(expected));
	}

	private Map<String, Object> publication(long personId, String listenerMethod) {
		return jdbc.sql("""
				select status, completion_date from event_publication
				where event_type = :type and listener_id like :listener
				  and cast(serialized_event as jsonb) ->> 'personId' = :person
				""")
			.param("type", PersonDeceased.class.getName())
			.param("listener", "%ProgrammeStandIn." + listenerMethod + "%")
			.param("person", String.valueOf(personId))
			.query()
			.listOfRows()
			.stream()
			.findFirst()
			.orElse(null);
	}

	private ResultActions change(String url, long householdId, String... params)
			throws Exception {
		var request = post(url).with(users.as("hongyuan"))
			.with(csrf())
			.param("date", DATE.toString())
			.param("reason", "测试变动")
			.param("version", String.valueOf(client.version(householdId)));
		for (int i = 0; i < params.length; i += 2) {
			request.param(params[i], params[i + 1]);
		}
		return mvc.perform(request).andExpect(status().is3xxRedirection());
	}

	private long headOf(long householdId) {
		return jdbc.sql("select head_person_id from household where id = :id").param("id", householdId).query(Long.class).single();
	}

	private long communityOf(long householdId) {
		return jdbc.sql("select community_id from household where id = :id").param("id", householdId).query(Long.class).single();
	}

	private String householdNo(long householdId) {
		return jdbc.sql("select household_no from household where id = :id").param("id", householdId).query(String.class).single();
	}

}
