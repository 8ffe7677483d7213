package cn.street.civil.household.demo;

import cn.street.civil.household.Relation;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import cn.street.civil.household.demo.GenerationPlan.CommunityTarget;
import cn.street.civil.shared.crypto.SensitiveDataProtector;
import cn.street.civil.shared.idcard.IdCardNumber;
import cn.street.civil.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The demo street of the shared test context, as {@link DemoHouseholds} generated it at start-up. */
@IntegrationTest
class StreetGeneratorIntegrationTests {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	SensitiveDataProtector protector;

	@Autowired
	DemoHouseholds demo;

	@Test
	void idNumbersAreValidEncryptedAndIndexed() {
		List<Map<String, Object>> sample = jdbc.sql("""
				select id_no_cipher, id_no_hash, id_no_prefix, id_no_tail, birth_date, sex from person
				where created_by = 'system' order by id limit 200""").query().listOfRows();
		assertThat(sample).hasSize(200);
		for (Map<String, Object> row : sample) {
			String number = protector.decrypt((String) row.get("id_no_cipher"));
			IdCardNumber id = IdCardNumber.parse(number, LocalDate.now());
			assertThat(id.value()).isEqualTo(number);
			assertThat(protector.blindIndex(number)).isEqualTo(row.get("id_no_hash"));
			assertThat(id.areaCode()).isEqualTo(row.get("id_no_prefix")).startsWith("3701");
			assertThat(id.suffix(6)).isEqualTo(row.get("id_no_tail"));
			assertThat(id.birthDate()).isEqualTo(((java.sql.Date) row.get("birth_date")).toLocalDate());
			assertThat(id.sex().name()).isEqualTo(row.get("sex"));
		}
	}

	@Test
	void everySexMatchesTheSeventeenthDigit() {
		// the tail holds digits 13–18 of the number: the 17th is its fifth character
		assertThat(jdbc.sql("""
				select count(*) from person
				where (cast(substr(id_no_tail, 5, 1) as int) % 2 = 1) <> (sex = 'MALE')""").query(Long.class).single())
			.isZero();
		assertThat(jdbc.sql("select count(*) from person where substr(id_no_tail, 1, 2) <> to_char(birth_date, 'DD')")
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void nobodyIsInTwoHouseholdsAndEveryGeneratedPersonInOne() {
		assertThat(jdbc.sql("""
				select person_id from household_membership where valid_to is null
				group by person_id having count(*) > 1""").query(Long.class).list()).isEmpty();
		assertThat(jdbc.sql("""
				select count(*) from person p where p.created_by = 'system' and p.status = 'ACTIVE' and not exists (
				  select 1 from household_membership m where m.person_id = p.id and m.valid_to is null)""")
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void everyActiveHouseholdHasOneCurrentHeadWhoIsItsHead() {
		List<Map<String, Object>> wrong = jdbc.sql("""
				select h.id, h.head_person_id, count(m.id) as heads, min(m.person_id) as head_member
				from household h
				left join household_membership m on m.household_id = h.id and m.valid_to is null and m.relation = 'HEAD'
				where h.status = 'ACTIVE'
				group by h.id, h.head_person_id
				having count(m.id) <> 1 or h.head_person_id is distinct from min(m.person_id)""").query().listOfRows();
		assertThat(wrong).isEmpty();
	}

	@Test
	void eachCommunityHasRoughlyItsPlannedResidents() {
		GenerationPlan plan = demo.plan();
		assertThat(plan).as("the demo street was generated at start-up").isNotNull();
		Map<Long, Long> actual = jdbc.sql("""
				select community_id, count(*) from person where created_by = 'system' group by community_id""")
			.query((rs, n) -> Map.entry(rs.getLong(1), rs.getLong(2)))
			.list()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
		assertThat(plan.communities()).hasSize(11);
		for (CommunityTarget target : plan.communities()) {
			assertThat(target.persons()).isPositive();
			assertThat((double) actual.getOrDefault(target.communityId(), 0L)).as(target.name())
				.isCloseTo(target.persons(), within(target.persons() * 0.2));
			assertThat(jdbc.sql("select count(*) from household where community_id = :id")
				.param("id", target.communityId())
				.query(Long.class)
				.single()).as(target.name()).isGreaterThan(5);
		}
	}

	@Test
	void streetLooksLikeAnOldUrbanStreet() {
		// reproducible: the same plan makes the same people
		CommunityTarget target = new CommunityTarget(1, "001", "洪苑", 5200);
		LocalDate day = LocalDate.of(2026, 11, 24);
		List<FamilyDraft> first = StreetGenerator.synthesize(target, 7, day, new IdNumberPool());
		List<FamilyDraft> again = StreetGenerator.synthesize(target, 7, day, new IdNumberPool());
		assertThat(again).hasSameSizeAs(first);
		for (int i = 0; i < first.size(); i++) {
			assertThat(again.get(i).address).isEqualTo(first.get(i).address);
			assertThat(again.get(i).members).extracting(p -> p.idNumber + p.name)
				.isEqualTo(first.get(i).members.stream().map(p -> p.idNumber + p.name).toList());
		}
		List<PersonDraft> persons = first.stream().flatMap(f -> f.members.stream()).toList();
		assertThat(persons).hasSize(5200);
		assertThat(first.size()).isBetween(1700, 2300);
		long over60 = persons.stream().filter(p -> Period.between(p.birthDate, day).getYears() >= 60).count();
		long over80 = persons.stream().filter(p -> Period.between(p.birthDate, day).getYears() >= 80).count();
		assertThat(over60 / 5200.0).isBetween(0.14, 0.23);
		assertThat(over80 / 5200.0).isBetween(0.015, 0.05);
		for (FamilyDraft family : first) {
			PersonDraft head = family.head();
			assertThat(head.relation).isEqualTo(Relation.HEAD);
			assertThat(family.members).hasSizeBetween(1, 6);
			assertThat(family.members).extracting(p -> p.name.length()).allMatch(n -> n == 2 || n == 3);
			for (PersonDraft p : family.members) {
				assertThat(p.validFrom).isAfterOrEqualTo(p.birthDate).isBeforeOrEqualTo(day);
				if (p.relation == Relation.SPOUSE) {
					assertThat(p.sex).isNotEqualTo(head.sex);
					assertThat(Math.abs(Period.between(p.birthDate, head.birthDate).getYears())).isLessThanOrEqualTo(8);
				}
				if (p.relation == Relation.CHILD) {
					assertThat(Period.between(head.birthDate, p.birthDate).getYears()).isBetween(19, 35);
				}
			}
			if (family.bankAccount != null) {
				assertThat(family.bankAccount).hasSizeBetween(16, 19).containsOnlyDigits();
			}
		}
	}

}
