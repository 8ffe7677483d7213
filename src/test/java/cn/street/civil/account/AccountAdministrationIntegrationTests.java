package cn.street.civil.account;

import java.util.Map;

import cn.street.civil.support.DemoUsers;
import cn.street.civil.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static cn.street.civil.account.LoginIntegrationTests.login;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class AccountAdministrationIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DemoUsers users;

	@Test
	void adminCreatesACommunityCaseworkerWhoMustChangeTheTemporaryPasswordAtFirstLogin() throws Exception {
		long hongyuan = communityId("洪苑");
		MvcResult created = mvc
			.perform(post("/admin/accounts").with(users.as("admin"))
				.with(csrf())
				.param("username", "hy-new1")
				.param("displayName", "新专干")
				.param("role", "COMMUNITY_CASEWORKER")
				.param("communityId", String.valueOf(hongyuan)))
			.andExpect(redirectedUrl("/admin/accounts"))
			.andReturn();
		Object[] args = (Object[]) created.getFlashMap().get("successArgs");
		String temporary = (String) args[1];
		Map<String, Object> row = jdbc.sql("select * from account where username = 'hy-new1'").query().singleRow();
		assertThat(row.get("community_id")).isEqualTo(hongyuan);
		assertThat((String) row.get("password_hash")).startsWith("{bcrypt}").doesNotContain(temporary);
		assertThat(row.get("must_change_password")).isEqualTo(true);
		assertThat(auditRows("account", "CREATE", row.get("id"))).isEqualTo(1);

		MockHttpSession session = (MockHttpSession) mvc.perform(login("hy-new1", temporary))
			.andExpect(redirectedUrl("/"))
			.andReturn()
			.getRequest()
			.getSession(false);
		mvc.perform(get("/").session(session)).andExpect(redirectedUrl("/account/password"));
		mvc.perform(get("/households").session(session)).andExpect(redirectedUrl("/account/password"));
		mvc.perform(get("/account/password").session(session))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("请先设置新密码")));

		changePassword(session, temporary, "short", "short").andExpect(content().string(containsString("密码长度至少为 8 位")));
		changePassword(session, temporary, "alllowercase", "alllowercase")
			.andExpect(content().string(containsString("至少 3 类")));
		changePassword(session, temporary, "Hy-new1@2026", "Hy-new1@2026")
			.andExpect(content().string(containsString("密码不能包含用户名")));
		changePassword(session, temporary, "Good@2026x", "Good@2026y")
			.andExpect(content().string(containsString("两次输入的新密码不一致")));
		changePassword(session, "not-it", "Good@2026x", "Good@2026x")
			.andExpect(content().string(containsString("当前密码不正确")));
		assertThat(jdbc.sql("select must_change_password from account where username = 'hy-new1'")
			.query(Boolean.class)
			.single()).isTrue();

		changePassword(session, temporary, "Good@2026x", "Good@2026x").andExpect(redirectedUrl("/"));
		mvc.perform(get("/").session(session)).andExpect(status().isOk());
		assertThat(jdbc.sql("select must_change_password from account where username = 'hy-new1'")
			.query(Boolean.class)
			.single()).isFalse();
	}

	@Test
	void communityCaseworkerNeedsACommunityAndOtherRolesGetNone() throws Exception {
		mvc.perform(post("/admin/accounts").with(users.as("admin"))
			.with(csrf())
			.param("username", "no-community")
			.param("displayName", "无社区")
			.param("role", "COMMUNITY_CASEWORKER"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("社区专干必须选择所属社区")));
		assertThat(count("select count(*) from account where username = 'no-community'")).isZero();

		mvc.perform(post("/admin/accounts").with(users.as("admin"))
			.with(csrf())
			.param("username", "street-with-community")
			.param("displayName", "街道")
			.param("role", "STREET_CASEWORKER")
			.param("communityId", String.valueOf(communityId("辛甸"))))
			.andExpect(redirectedUrl("/admin/accounts"));
		assertThat(jdbc.sql("select community_id from account where username = 'street-with-community'")
			.query()
			.singleRow()
			.get("community_id")).isNull();
	}

	@Test
	void overPostedFieldsAreIgnored() throws Exception {
		mvc.perform(post("/admin/accounts").with(users.as("admin"))
			.with(csrf())
			.param("username", "overpost1")
			.param("displayName", "越权字段")
			.param("role", "STREET_CASEWORKER")
			.param("enabled", "false")
			.param("mustChangePassword", "false")
			.param("passwordHash", "{noop}x")
			.param("id", "1"))
			.andExpect(redirectedUrl("/admin/accounts"));
		Map<String, Object> row = jdbc.sql("select * from account where username = 'overpost1'").query().singleRow();
		assertThat(row.get("enabled")).isEqualTo(true);
		assertThat(row.get("must_change_password")).isEqualTo(true);
		assertThat((String) row.get("password_hash")).startsWith("{bcrypt}");
		assertThat(row.get("id")).isNotEqualTo(1L);
	}

	@Test
	void staleEditGetsTheConflictPageAndChangesNothing() throws Exception {
		long id = createStreetCaseworker("stale1");
		long version = jdbc.sql("select version from account where id = :id").param("id", id).query(Long.class).single();
		mvc.perform(post("/admin/accounts/{id}", id).with(users.as("admin"))
			.with(csrf())
			.param("username", "stale1")
			.param("displayName", "第一次修改")
			.param("role", "STREET_CASEWORKER")
			.param("version", String.valueOf(version))).andExpect(redirectedUrl("/admin/accounts"));
		mvc.perform(post("/admin/accounts/{id}", id).with(users.as("admin"))
			.with(csrf())
			.param("username", "stale1")
			.param("displayName", "过期的修改")
			.param("role", "CHIEF")
			.param("version", String.valueOf(version)))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("数据已被他人修改")));
		Map<String, Object> row = jdbc.sql("select display_name, role from account where id = :id").param("id", id).query().singleRow();
		assertThat(row).containsEntry("display_name", "第一次修改").containsEntry("role", "STREET_CASEWORKER");
		String details = jdbc.sql("select details from audit_entry where module = 'account' and action = 'UPDATE' and object_id = :id")
			.param("id", String.valueOf(id))
			.query(String.class)
			.single();
		assertThat(details).contains("姓名: 测试 → 第一次修改");
	}

	@Test
	void disablingAndResettingAreAuditedAndTheAdminCannotDisableItself() throws Exception {
		long id = createStreetCaseworker("disable1");
		mvc.perform(post("/admin/accounts/{id}/enabled", id).with(users.as("admin")).with(csrf()).param("enabled", "false"))
			.andExpect(redirectedUrl("/admin/accounts"));
		assertThat(auditRows("account", "DISABLE", id)).isEqualTo(1);
		MvcResult reset = mvc.perform(post("/admin/accounts/{id}/reset-password", id).with(users.as("admin")).with(csrf()))
			.andExpect(redirectedUrl("/admin/accounts"))
			.andReturn();
		assertThat(((Object[]) reset.getFlashMap().get("successArgs"))[1]).asString().hasSizeGreaterThanOrEqualTo(12);
		assertThat(auditRows("account", "RESET_PASSWORD", id)).isEqualTo(1);

		long adminId = jdbc.sql("select id from account where username = 'admin'").query(Long.class).single();
		mvc.perform(post("/admin/accounts/{id}/enabled", adminId).with(users.as("admin")).with(csrf()).param("enabled", "false"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("不能停用自己的账号")));
		assertThat(jdbc.sql("select enabled from account where id = :id").param("id", adminId).query(Boolean.class).single())
			.isTrue();
	}

	@Test
	void adminManagesCommunitiesWithClearMessages() throws Exception {
		mvc.perform(post("/admin/communities").with(users.as("admin"))
			.with(csrf())
			.param("code", "901")
			.param("name", "测试新社区")
			.param("population", "abc"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("请输入整数")));
		mvc.perform(post("/admin/communities").with(users.as("admin"))
			.with(csrf())
			.param("code", "902")
			.param("name", "洪苑")
			.param("population", "100"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("社区名称“洪苑”已被使用")));
		mvc.perform(post("/admin/communities").with(users.as("admin"))
			.with(csrf())
			.param("code", "903")
			.param("name", "测试新社区")
			.param("population", "1234"))
			.andExpect(redirectedUrl("/admin/communities"));
		long id = communityId("测试新社区");
		assertThat(auditRows("community", "CREATE", id)).isEqualTo(1);
		mvc.perform(get("/admin/communities").with(users.as("admin")))
			.andExpect(content().string(containsString("测试新社区")))
			.andExpect(content().string(containsString("1,234")));
	}

	private org.springframework.test.web.servlet.ResultActions changePassword(MockHttpSession session, String current,
			String next, String confirm) throws Exception {
		return mvc.perform(post("/account/password").session(session)
			.with(csrf())
			.param("currentPassword", current)
			.param("newPassword", next)
			.param("confirmPassword", confirm));
	}

	private long createStreetCaseworker(String username) throws Exception {
		mvc.perform(post("/admin/accounts").with(users.as("admin"))
			.with(csrf())
			.param("username", username)
			.param("displayName", "测试")
			.param("role", "STREET_CASEWORKER")).andExpect(redirectedUrl("/admin/accounts"));
		return jdbc.sql("select id from account where username = :u").param("u", username).query(Long.class).single();
	}

	private long communityId(String name) {
		return jdbc.sql("select id from community where name = :n").param("n", name).query(Long.class).single();
	}

	private long auditRows(String module, String action, Object objectId) {
		return jdbc.sql("select count(*) from audit_entry where module = :m and action = :a and object_id = :id")
			.param("m", module)
			.param("a", action)
			.param("id", String.valueOf(objectId))
			.query(Long.class)
			.single();
	}

	private long count(String sql) {
		return jdbc.sql(sql).query(Long.class).single();
	}

}
