package cn.street.civil.household;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import cn.street.civil.shared.crypto.SensitiveDataProtector;
import cn.street.civil.shared.web.Downloads;
import cn.street.civil.support.DemoUsers;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.stereotype.Component;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/** Registers households and members through HTTP, as a caseworker would. */
@Component
public class HouseholdTestClient {

	private final MockMvc mvc;

	private final DemoUsers users;

	private final JdbcClient jdbc;

	private final SensitiveDataProtector protector;

	HouseholdTestClient(MockMvc mvc, DemoUsers users, JdbcClient jdbc, SensitiveDataProtector protector) {
		this.protector = protector;
		this.mvc = mvc;
		this.users = users;
		this.jdbc = jdbc;
	}

	MockHttpServletRequestBuilder newHousehold(String user, String headName, String headId) {
		MockHttpServletRequestBuilder request = post("/households");
		if ("jiedao".equals(user)) {
			request.param("communityId", String.valueOf(
					jdbc.sql("select id from community where name = '洪苑'").query(Long.class).single()));
		}
		return request.with(users.as(user))
			.with(csrf())
			.param("address", "济南市历下区测试小区1号楼")
			.param("residenceType", "URBAN")
			.param("headName", headName)
			.param("headIdNumber", headId)
			.param("headEthnicity", "汉族");
	}

	/** Registers a household as {@code user} and returns its id. */
	public long register(String user, String headName, String headId) throws Exception {
		String location = mvc.perform(newHousehold(user, headName, headId)).andReturn().getResponse().getRedirectedUrl();
		if (location == null || !location.startsWith("/households/")) {
			throw new AssertionError("registration failed for " + headName + ": " + location);
		}
		return Long.parseLong(location.substring("/households/".length()));
	}

	public long addMember(String user, long householdId, String name, String idNumber, String relation) throws Exception {
		mvc.perform(post("/households/{id}/members", householdId).with(users.as(user))
			.with(csrf())
			.param("name", name)
			.param("idNumber", idNumber)
			.param("relation", relation)
			.param("joinedOn", "2020-01-01"));
		return personId(idNumber);
	}

	/**
	 * Uploads an import file of these rows (columns as in {@link HouseholdImportIntegrationTests#HEADERS}) as
	 * {@code user}, checks the preview has no bad row, commits it and returns the preview page.
	 */
	String importRows(String user, List<Map<String, String>> rows) throws Exception {
		String location = mvc
			.perform(multipart("/household-imports")
				.file(new MockMultipartFile("file", "导入.xlsx", Downloads.XLSX, HouseholdImportIntegrationTests.xlsx(rows)))
				.with(csrf())
				.with(users.as(user)))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		if (location == null || !location.startsWith("/household-imports/")) {
			throw new AssertionError("upload refused: " + location);
		}
		String preview = mvc.perform(get(location).with(users.as(user)))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		if (!preview.contains("id=\"no-bad-rows\"")) {
			throw new AssertionError("import preview lists bad rows");
		}
		Object committed = mvc.perform(post(location + "/commit").with(csrf()).with(users.as(user)))
			.andReturn()
			.getFlashMap()
			.get("success");
		if (!"import.flash.committed".equals(committed)) {
			throw new AssertionError("import not committed: " + committed);
		}
		return preview;
	}

	public long personId(String idNumber) {
		return jdbc.sql("select id from person where id_no_hash = :h")
			.param("h", protector.blindIndex(idNumber.toUpperCase()))
			.query(Long.class)
			.single();
	}

	long personCount(String idNumber) {
		return jdbc.sql("select count(*) from person where id_no_hash = :h")
			.param("h", protector.blindIndex(idNumber.toUpperCase()))
			.query(Long.class)
			.single();
	}

	public long version(long householdId) {
		return jdbc.sql("select version from household where id = :id").param("id", householdId).query(Long.class).single();
	}

}
