package cn.street.civil.disability;

import cn.street.civil.support.IntegrationTest;
import cn.street.civil.support.TestIds;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The 残疾人证号 checked against the person over HTTP: wrong length, a 身份证号 part that is not valid, a category or
 * grade digit out of range, another person's number — each refused next to the field with its reason and nothing
 * stored; a right number stores the category and grade it encodes. Scope (another community's certificate is 404
 * on every route that loads one) and roles (admin, auditor 403; the chief reads but does not register).
 */
@IntegrationTest
class DisabilityCertificateIntegrationTests {

	@Autowired
	DisabilityTestClient client;

	long certificates(long person) {
		return client.jdbc.sql("select count(*) from disability_certificate where person_id = :p").param("p", person)
			.query(Long.class).single();
	}

	@Test
	void theNumberIsCheckedAgainstThePerson() throws Exception {
		Object[] f = client.family("证号甲");
		long head = (long) f[1];
		String headId = (String) f[3];
		String spouseId = (String) f[4];

		String tooShort = client.body(client.registration("hongyuan", head, headId + "4"));
		assertThat(tooShort).contains("残疾人证号应为20位").contains("输入的是 19 位");
		String tooLong = client.body(client.registration("hongyuan", head, headId + "412"));
		assertThat(tooLong).contains("输入的是 21 位");
		String category = client.body(client.registration("hongyuan", head, headId + "81"));
		assertThat(category).contains("第19位是残疾类别，应为1–7").contains("“8”");
		String zeroCategory = client.body(client.registration("hongyuan", head, headId + "01"));
		assertThat(zeroCategory).contains("第19位是残疾类别").contains("“0”");
		String grade = client.body(client.registration("hongyuan", head, headId + "45"));
		assertThat(grade).contains("第20位是残疾等级，应为1–4").contains("“5”");
		String badId = client.body(client.registration("hongyuan", head, TestIds.withBadCheckDigit(headId) + "41"));
		assertThat(badId).contains("前18位不是有效的身份证号").contains("校验位不正确");
		String otherPerson = client.body(client.registration("hongyuan", head, spouseId + "41"));
		assertThat(otherPerson).contains("是证号甲妻的身份证号，不是证号甲的").contains("证号不属于本人");
		String unregistered = client.body(client.registration("hongyuan", head, TestIds.next() + "41"));
		assertThat(unregistered).contains("与证号甲的身份证号不一致");
		assertThat(certificates(head)).isZero();

		long id = client.register("hongyuan", head, headId + "41");
		assertThat(client.jdbc.sql("select category || '/' || grade from disability_certificate where id = :id")
			.param("id", id).query(String.class).single()).isEqualTo("PHYSICAL/1");
		String page = client.page("hongyuan", "/disability/certificates/" + id);
		assertThat(page).contains("id=\"category\">肢体残疾<").contains("id=\"grade\">一级<")
			.doesNotContain(headId).contains(headId.substring(14) + "41");
		assertThat(client.jdbc.sql("select count(*) from audit_entry where module = 'disability' and object_id = :id")
			.param("id", String.valueOf(id)).query(Long.class).single()).isEqualTo(1);

		// a second valid certificate for the same person is refused; by number alone the spouse is found
		assertThat(client.body(client.registration("hongyuan", head, headId + "52"))).contains("证号甲已有有效的残疾人证");
		long spouseCertificate = client.register("hongyuan", null, spouseId + "63");
		assertThat(client.page("hongyuan", "/disability/certificates/" + spouseCertificate))
			.contains("id=\"holder\">证号甲妻<").contains("精神残疾").contains("三级");
		// the person page shows the certificate
		assertThat(client.page("hongyuan", "/persons/" + head)).contains("肢体残疾一级");
	}

	@Test
	void aChangeWithANewNumberStillMatchesThePersonAndStaleFormsGet409() throws Exception {
		Object[] f = client.family("换证乙");
		long head = (long) f[1];
		String headId = (String) f[3];
		long id = client.register("hongyuan", head, headId + "43");
		long version = client.jdbc.sql("select version from disability_certificate where id = :id").param("id", id)
			.query(Long.class).single();
		String refused = client.body(post("/disability/certificates/{id}", id).with(client.users.as("hongyuan")).with(csrf())
			.param("version", String.valueOf(version)).param("number", ((String) f[4]) + "42")
			.param("issuedOn", "2026-10-15").param("employment", "UNEMPLOYED"));
		assertThat(refused).contains("证号不属于本人");
		assertThat(client.perform(post("/disability/certificates/{id}", id).with(client.users.as("hongyuan")).with(csrf())
			.param("version", String.valueOf(version)).param("number", headId + "42")
			.param("issuedOn", "2026-10-15").param("employment", "EMPLOYED")).getResponse().getStatus()).isEqualTo(302);
		assertThat(client.jdbc.sql("select grade from disability_certificate where id = :id").param("id", id)
			.query(Integer.class).single()).isEqualTo(2);
		assertThat(client.perform(post("/disability/certificates/{id}", id).with(client.users.as("hongyuan")).with(csrf())
			.param("version", String.valueOf(version)).param("issuedOn", "2026-10-15").param("employment", "UNEMPLOYED"))
			.getResponse().getStatus()).isEqualTo(409);
	}

	@Test
	void everyRouteByIdIsScopedAndRoleLimited() throws Exception {
		Object[] f = client.family("范围丙");
		long id = client.register("hongyuan", (long) f[1], ((String) f[3]) + "24");
		String base = "/disability/certificates/" + id;
		for (String url : new String[] { base, base + "/edit" }) {
			assertThat(client.status("shijiyuan", url)).as(url).isEqualTo(404);
			assertThat(client.status("admin", url)).as(url).isEqualTo(403);
			assertThat(client.status("auditor", url)).as(url).isEqualTo(403);
			assertThat(client.status("hongyuan", url)).as(url).isEqualTo(200);
		}
		assertThat(client.status("chief", base)).isEqualTo(200);
		assertThat(client.status("chief", base + "/edit")).isEqualTo(403);
		assertThat(client.status("shijiyuan", "/disability/certificates/new?personId=" + f[1])).isEqualTo(404);
		assertThat(client.status("chief", "/disability/certificates/new")).isEqualTo(403);
		assertThat(client.perform(client.registration("chief", (long) f[2], ((String) f[4]) + "11")).getResponse()
			.getStatus()).isEqualTo(403);
		assertThat(client.perform(client.registration("shijiyuan", (long) f[2], ((String) f[4]) + "11")).getResponse()
			.getStatus()).isEqualTo(404);
		long version = 0;
		assertThat(client.perform(post(base + "/aids").with(client.users.as("shijiyuan")).with(csrf())
			.param("item", "轮椅").param("issuedOn", "2026-11-01")).getResponse().getStatus()).isEqualTo(404);
		assertThat(client.perform(post(base + "/revoke").with(client.users.as("shijiyuan")).with(csrf())
			.param("version", String.valueOf(version)).param("reason", "越权")).getResponse().getStatus()).isEqualTo(404);
		assertThat(client.perform(post(base).with(client.users.as("shijiyuan")).with(csrf())
			.param("version", "0").param("issuedOn", "2026-10-15").param("employment", "EMPLOYED")).getResponse()
			.getStatus()).isEqualTo(404);
		assertThat(client.perform(post(base + "/revoke").with(client.users.as("chief")).with(csrf())
			.param("version", "0").param("reason", "越权")).getResponse().getStatus()).isEqualTo(403);
		// the other community's list and export do not show it
		assertThat(client.page("shijiyuan", "/disability/certificates?q=范围丙")).doesNotContain("id=\"certificate-" + id + "\"");
		assertThat(client.page("hongyuan", "/disability/certificates?q=范围丙")).contains("id=\"certificate-" + id + "\"");
		assertThat(client.status("admin", "/disability/certificates")).isEqualTo(403);
		assertThat(client.perform(get("/disability/certificates/export").with(client.users.as("hongyuan")))
			.getResponse().getContentType()).startsWith("application/vnd.openxmlformats");
		// aids and revocation by the community's own caseworker
		assertThat(client.perform(post(base + "/aids").with(client.users.as("hongyuan")).with(csrf())
			.param("item", "轮椅").param("issuedOn", "2026-11-01")).getResponse().getStatus()).isEqualTo(302);
		assertThat(client.page("hongyuan", base)).contains("轮椅");
		assertThat(client.perform(post(base + "/revoke").with(client.users.as("hongyuan")).with(csrf())
			.param("version", "0").param("reason", "证件到期未换")).getResponse().getStatus()).isEqualTo(302);
		assertThat(client.page("hongyuan", base)).contains("证件到期未换").contains("已注销");
	}

}
