package cn.street.civil.household;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import cn.street.civil.support.DemoUsers;
import cn.street.civil.support.IntegrationTest;
import cn.street.civil.support.TestIds;
import cn.street.civil.shared.security.DataScope;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The registry's read API as a programme uses it: dated households, scope, and audited reveals. */
@IntegrationTest
class HouseholdDirectoryIntegrationTests {

	@Autowired
	HouseholdDirectory directory;

	@Autowired
	HouseholdTestClient client;

	@Autowired
	MockMvc mvc;

	@Autowired
	DemoUsers users;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Clock clock;

	@Test
	void theHouseholdOfAPersonOnADateHasTheMembersOfThatDay() throws Exception {
		long from = client.register("hongyuan", "曹老大", TestIds.next(true));
		String childId = TestIds.of("370102", LocalDate.of(2010, 3, 15), "021");
		long child = client.addMember("hongyuan", from, "曹小二", childId, "CHILD");
		long to = client.register("hongyuan", "严阿姨", TestIds.next(false));
		mvc.perform(post("/households/{id}/members/{p}/move", from, child).with(users.as("hongyuan"))
			.with(csrf())
			.param("date", "2024-06-01")
			.param("reason", "投靠亲属")
			.param("version", String.valueOf(client.version(from)))
			.param("targetHouseholdNo", householdNo(to))
			.param("relation", "GRANDCHILD")).andExpect(status().is3xxRedirection());
		long community = jdbc.sql("select community_id from household where id = :id").param("id", from).query(Long.class).single();
		DataScope own = DataScope.only(community);

		HouseholdSnapshot before = directory.householdOf(child, LocalDate.of(2023, 1, 1), own).orElseThrow();
		assertThat(before.id()).isEqualTo(from);
		assertThat(before.member(child)).hasValueSatisfying(m -> {
			assertThat(m.relation()).isEqualTo(Relation.CHILD);
			assertThat(m.birthDate()).isEqualTo(LocalDate.of(2010, 3, 15));
			assertThat(m.ageOn(LocalDate.of(2023, 1, 1))).isEqualTo(12);
		});
		assertThat(directory.householdOf(child, LocalDate.of(2024, 5, 31), own)).map(HouseholdSnapshot::id).contains(from);

		LocalDate today = LocalDate.now(clock);
		HouseholdSnapshot now = directory.householdOf(child, today, own).orElseThrow();
		assertThat(now.id()).isEqualTo(to);
		assertThat(now.communityId()).isEqualTo(community);
		assertThat(now.residenceType()).isEqualTo(ResidenceType.URBAN);
		assertThat(now.head()).map(HouseholdMember::name).contains("严阿姨");
		assertThat(now.members()).extracting(HouseholdMember::personId).containsExactly(now.head().orElseThrow().personId(), child);
		assertThat(directory.household(from, today, own).orElseThrow().member(child)).isEmpty();

		PersonSummary summary = directory.person(child, own).orElseThrow();
		assertThat(summary.householdId()).isEqualTo(to);
		assertThat(summary.maskedIdNumber()).isEqualTo("370102********0210".substring(0, 14) + childId.substring(14))
			.doesNotContain("20100315");
		assertThat(summary.ageOn(LocalDate.of(2020, 3, 14))).isEqualTo(9);
		assertThat(summary.ageOn(LocalDate.of(2020, 3, 15))).isEqualTo(10);
		assertThat(directory.personByIdNumber(childId.toLowerCase(), own)).map(PersonSummary::id).contains(child);
		assertThat(directory.hasIdNumber(child, childId)).isTrue();
		assertThat(directory.hasIdNumber(child, TestIds.next())).isFalse();
	}

	@Test
	void anotherCommunitysRecordsAreNotFound() throws Exception {
		long id = client.register("hongyuan", "魏界外", TestIds.next(true));
		long head = jdbc.sql("select head_person_id from household where id = :id").param("id", id).query(Long.class).single();
		long other = jdbc.sql("select id from community where name = '辛甸'").query(Long.class).single();
		DataScope elsewhere = DataScope.only(other);
		LocalDate today = LocalDate.now(clock);

		assertThat(directory.household(id, today, elsewhere)).isEmpty();
		assertThat(directory.householdOf(head, today, elsewhere)).isEmpty();
		assertThat(directory.person(head, elsewhere)).isEmpty();
		assertThat(directory.persons(List.of(head), elsewhere)).isEmpty();
		assertThat(directory.revealIdNumbers(List.of(head), "测试", elsewhere)).isEmpty();
		assertThat(directory.household(id, today, DataScope.ALL)).isPresent();
	}

	@Test
	void fullNumbersLeaveOnlyThroughOneAuditedCall() throws Exception {
		String idNumber = TestIds.next(true);
		long id = client.register("hongyuan", "钱有卡", idNumber);
		long head = jdbc.sql("select head_person_id from household where id = :id").param("id", id).query(Long.class).single();
		mvc.perform(post("/households/{id}", id).with(users.as("hongyuan"))
			.with(csrf())
			.param("address", "济南市历下区测试小区1号楼")
			.param("residenceType", "URBAN")
			.param("bankName", "农业银行")
			.param("bankAccount", "6228 4800 1234 5678 901")
			.param("bankAccountHolder", "钱有卡")
			.param("version", String.valueOf(client.version(id)))).andExpect(status().is3xxRedirection());

		assertThat(directory.payoutAccount(id, DataScope.ALL)).hasValueSatisfying(a -> {
			assertThat(a.bankName()).isEqualTo("农业银行");
			assertThat(a.holder()).isEqualTo("钱有卡");
			assertThat(a.maskedNumber()).endsWith("8901").doesNotContain("6228");
		});
		long audits = auditCount();
		assertThat(directory.revealPayoutAccounts(List.of(id), "2026年12月低保代发文件", DataScope.ALL))
			.containsEntry(id, "6228480012345678901");
		assertThat(directory.revealIdNumbers(List.of(head), "2026年12月低保代发文件", DataScope.ALL))
			.containsEntry(head, idNumber.toUpperCase());
		assertThat(auditCount()).isEqualTo(audits + 2);
		assertThat(jdbc.sql("select summary from audit_entry where action = 'REVEAL' order by id desc limit 2")
			.query(String.class)
			.list()).allMatch(s -> s.contains("2026年12月低保代发文件") && s.contains("1 个"));
	}

	private long auditCount() {
		return jdbc.sql("select count(*) from audit_entry where action = 'REVEAL'").query(Long.class).single();
	}

	private String householdNo(long householdId) {
		return jdbc.sql("select household_no from household where id = :id").param("id", householdId).query(String.class).single();
	}

}
