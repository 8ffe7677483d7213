package cn.street.civil.elderly;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import cn.street.civil.support.IntegrationTest;
import cn.street.civil.support.MutableClock;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The 60+ roster is the registry at a reference date: age from the birth date, living persons, 60 from the 60th
 * birthday on; the caseworkers' additions (独居/空巢, contact, ability assessment) filter the list; the export and
 * the person page section; scope and roles.
 */
@IntegrationTest
class ElderlyRosterIntegrationTests {

	@Autowired
	ElderlyTestClient client;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MutableClock clock;

	LocalDate today() {
		return LocalDate.now(clock);
	}

	@Test
	void thePersonIsOnTheRosterFromTheSixtiethBirthdayAtTheReferenceDate() throws Exception {
		LocalDate birthday = today().plusDays(10);
		LocalDate birth = birthday.minusYears(60);
		long[] e = client.elder("hongyuan", "将满六十", birth, true);
		assertThat(client.page("hongyuan", "/elderly?q=将满六十")).doesNotContain("person-" + e[1]);
		assertThat(client.page("hongyuan", "/elderly?q=将满六十&on=" + birthday.minusDays(1))).doesNotContain("person-" + e[1]);
		String onBirthday = client.page("hongyuan", "/elderly?q=将满六十&on=" + birthday);
		assertThat(onBirthday).contains("person-" + e[1]).contains("<td>60</td>");
		assertThat(client.page("hongyuan", "/elderly?q=将满六十&on=" + birthday + "&band=FROM_60")).contains("person-" + e[1]);
		assertThat(client.page("hongyuan", "/elderly?q=将满六十&on=" + birthday + "&band=FROM_70")).doesNotContain("person-" + e[1]);
		// the person page needs 60 today
		assertThat(client.status("hongyuan", "/elderly/persons/" + e[1])).isEqualTo(404);
	}

	@Test
	void theCaseworkersAdditionsAreKeptAndFilterTheRoster() throws Exception {
		long[] e = client.elder("hongyuan", "独居老人", LocalDate.of(1948, 8, 8), true);
		String url = "/elderly/persons/" + e[1];
		assertThat(client.page("hongyuan", url)).contains("独居老人").contains("未评估");

		String refused = client.post("hongyuan", url + "/profile", "livesAlone", "true", "contactName", "李女儿",
				"version", "0").getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(refused).contains("紧急联系人和联系电话须同时填写");
		assertThat(jdbc.sql("select count(*) from elderly_profile where person_id = :p").param("p", e[1]).query(Long.class).single()).isZero();

		assertThat(client.post("hongyuan", url + "/profile", "livesAlone", "true", "contactName", "李女儿",
				"contactRelation", "女儿", "contactPhone", "13912345678", "version", "0").getResponse().getRedirectedUrl())
			.isEqualTo(url);
		assertThat(client.post("hongyuan", url + "/assessments", "level", "MODERATE", "assessedOn",
				today().minusDays(3).toString(), "assessor", "历下区老年人能力评估中心").getResponse().getRedirectedUrl()).isEqualTo(url);
		assertThat(client.post("hongyuan", url + "/assessments", "level", "SEVERE", "assessedOn",
				today().plusDays(1).toString(), "assessor", "评估中心").getResponse().getContentAsString(StandardCharsets.UTF_8))
			.contains("评估日期不能晚于今天");

		String list = client.page("hongyuan", "/elderly?livesAlone=true&level=MODERATE&q=独居老人");
		assertThat(list).contains("person-" + e[1]).contains("中度失能").contains("李女儿 139****5678").doesNotContain("13912345678");
		assertThat(client.page("hongyuan", "/elderly?emptyNest=true&q=独居老人")).doesNotContain("person-" + e[1]);
		assertThat(client.page("hongyuan", "/elderly?level=SEVERE&q=独居老人")).doesNotContain("person-" + e[1]);
		// the assessment of a day is the one in force then
		assertThat(client.page("hongyuan", "/elderly?level=MODERATE&q=独居老人&on=" + today().minusDays(4)))
			.doesNotContain("person-" + e[1]);

		// a second edit from the page seen before the first (version 0): the first one wins, the stale one gets 409
		assertThat(client.post("hongyuan", url + "/profile", "livesAlone", "true", "contactName", "李女儿",
				"contactRelation", "长女", "contactPhone", "13912345678", "version", "0").getResponse().getRedirectedUrl())
			.isEqualTo(url);
		assertThat(client.post("hongyuan", url + "/profile", "emptyNest", "true", "version", "0").getResponse().getStatus())
			.isEqualTo(409);
		assertThat(jdbc.sql("select empty_nest from elderly_profile where person_id = :p").param("p", e[1]).query(Boolean.class).single()).isFalse();
		assertThat(jdbc.sql("select count(*) from audit_entry where module = 'elderly' and action in ('PROFILE', 'ASSESS') and object_id = :id")
			.param("id", String.valueOf(e[1])).query(Long.class).single()).isEqualTo(3);
		assertThat(e[0]).isPositive();

		// the phone is shown masked on the page and kept when left empty; the checkbox removes it (with the contact)
		String form = client.page("hongyuan", url);
		assertThat(form).contains("placeholder=\"139****5678\"").doesNotContain("13912345678");
		long v = jdbc.sql("select version from elderly_profile where person_id = :p").param("p", e[1]).query(Long.class).single();
		var kept = client.post("hongyuan", url + "/profile", "livesAlone", "true", "contactName", "李女儿", "contactRelation",
				"长女", "contactPhone", "", "version", String.valueOf(v));
		assertThat(kept.getResponse().getRedirectedUrl()).as(() -> {
			try {
				String b = kept.getResponse().getContentAsString(StandardCharsets.UTF_8);
				int at = b.indexOf("form-errors");
				return kept.getResponse().getStatus() + " " + (at < 0 ? "" : b.substring(at, Math.min(b.length(), at + 400)));
			}
			catch (Exception ex) {
				return ex.toString();
			}
		}).isEqualTo(url);
		assertThat(jdbc.sql("select contact_phone from elderly_profile where person_id = :p").param("p", e[1])
			.query(String.class).single()).isEqualTo("13912345678");
		assertThat(client.post("hongyuan", url + "/profile", "livesAlone", "true", "contactName", "", "clearContactPhone",
				"true", "version", String.valueOf(jdbc.sql("select version from elderly_profile where person_id = :p")
					.param("p", e[1]).query(Long.class).single())).getResponse().getRedirectedUrl()).isEqualTo(url);
		assertThat(jdbc.sql("select count(*) from elderly_profile where person_id = :p and contact_phone is null and contact_name is null")
			.param("p", e[1]).query(Long.class).single()).isEqualTo(1);

		// the registry's person page shows the block
		assertThat(client.page("hongyuan", "/persons/" + e[1])).contains("养老服务").contains("/elderly/persons/" + e[1]);
	}

	@Test
	void theExportHoldsTheFilteredRosterWithMaskedNumbers() throws Exception {
		long[] e = client.elder("hongyuan", "导出老人", LocalDate.of(1950, 1, 20), true);
		byte[] xlsx = client.mvc.perform(get("/elderly/export?q=导出老人").with(client.users.as("hongyuan")))
			.andReturn().getResponse().getContentAsByteArray();
		try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			var sheet = book.getSheetAt(0);
			assertThat(sheet.getPhysicalNumberOfRows()).isEqualTo(2);
			assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo("导出老人");
			assertThat(sheet.getRow(1).getCell(1).getStringCellValue()).matches("371702\\*{8}\\d{3}[0-9X]");
		}
		assertThat(jdbc.sql("select count(*) from audit_entry where module = 'elderly' and action = 'EXPORT'").query(Long.class).single())
			.isPositive();
		assertThat(e[1]).isPositive();
	}

	@Test
	void anotherCommunitysElderIsNotFoundAndTheWrongRoleIsRefused() throws Exception {
		long[] e = client.elder("hongyuan", "洪苑老人", LocalDate.of(1945, 5, 5), true);
		String url = "/elderly/persons/" + e[1];
		assertThat(client.status("xindian", url)).isEqualTo(404);
		assertThat(client.post("xindian", url + "/profile", "livesAlone", "true", "version", "0").getResponse().getStatus()).isEqualTo(404);
		assertThat(client.post("xindian", url + "/assessments", "level", "MILD", "assessedOn", today().toString(), "assessor", "某")
			.getResponse().getStatus()).isEqualTo(404);
		assertThat(client.post("chief", url + "/profile", "livesAlone", "true", "version", "0").getResponse().getStatus()).isEqualTo(403);
		assertThat(client.status("admin", url)).isEqualTo(403);
		assertThat(client.status("chief", url)).isEqualTo(200);
		assertThat(client.page("xindian", "/elderly?q=洪苑老人")).doesNotContain("person-" + e[1]);
		assertThat(client.page("jiedao", "/elderly?q=洪苑老人")).contains("person-" + e[1]);
		assertThat(jdbc.sql("select count(*) from elderly_profile where person_id = :p").param("p", e[1]).query(Long.class).single()).isZero();
		assertThat(client.page("xindian", "/persons/" + e[1])).doesNotContain("/elderly/persons/" + e[1]);
	}

}
