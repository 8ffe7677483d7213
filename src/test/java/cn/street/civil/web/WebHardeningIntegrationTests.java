package cn.street.civil.web;

import cn.street.civil.support.DemoUsers;
import cn.street.civil.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class WebHardeningIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	DemoUsers users;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	cn.street.civil.support.MutableClock clock;

	/**
	 * The home page's to-dos share one read-only transaction: a module that catches a refusal inside it (no 高龄
	 * standard for a month before the standards begin) leaves out its own to-do, not the page.
	 */
	@Test
	void theHomePageStillShowsTheToDosWhenAModuleHasNoStandardForTheMonth() throws Exception {
		try {
			clock.advance(java.time.Duration.ofDays(-366L * 10));
			mvc.perform(get("/").with(users.as("jiedao")))
				.andExpect(status().isOk())
				.andExpect(content().string(allOf(containsString("常用功能"), not(containsString("高龄补贴条件")))));
		}
		finally {
			clock.reset();
		}
	}

	@Test
	void pagesCarryAContentSecurityPolicyWithoutInlineScriptAndTheOtherHeaders() throws Exception {
		mvc.perform(get("/login"))
			.andExpect(header().string("Content-Security-Policy",
					allOf(containsString("script-src 'self'"), containsString("frame-ancestors 'none'"),
							not(containsString("unsafe-inline")))))
			.andExpect(header().string("X-Content-Type-Options", "nosniff"))
			.andExpect(header().string("X-Frame-Options", "DENY"))
			.andExpect(header().string("Referrer-Policy", "same-origin"));
	}

	@Test
	void pagesContainNoInlineScriptOrStyle() throws Exception {
		for (String page : new String[] { "/", "/admin/accounts", "/admin/communities", "/admin/accounts/new" }) {
			String html = mvc.perform(get(page).with(users.as("admin"))).andReturn().getResponse().getContentAsString();
			assertThat(html).as(page).doesNotContain("<script>").doesNotContain("style=\"").doesNotContain("onclick=");
		}
	}

	@Test
	void theMenuShowsTheRolesEntriesWithTheCurrentPageMarkedActive() throws Exception {
		String households = mvc.perform(get("/households").with(users.as("jiedao")))
			.andReturn().getResponse().getContentAsString();
		assertThat(households).contains("<a class=\"nav-link active\" href=\"/households\">户籍台账</a>")
			.contains("<a class=\"nav-link\" href=\"/\">首页</a>")
			.contains("href=\"/payouts\">")
			.doesNotContain("href=\"/admin/accounts\">");
		String persons = mvc.perform(get("/persons").with(users.as("jiedao")))
			.andReturn().getResponse().getContentAsString();
		assertThat(persons).contains("<a class=\"nav-link\" href=\"/households\">户籍台账</a>");
		String admin = mvc.perform(get("/").with(users.as("admin"))).andReturn().getResponse().getContentAsString();
		assertThat(admin).contains("<a class=\"nav-link active\" href=\"/\">首页</a>")
			.contains("href=\"/admin/accounts\">")
			.doesNotContain("href=\"/households\">");
	}

	@Test
	void postWithoutCsrfTokenIsRejectedAndChangesNothing() throws Exception {
		mvc.perform(post("/admin/communities").with(users.as("admin"))
			.param("code", "990")
			.param("name", "无令牌社区")
			.param("population", "1")).andExpect(status().isForbidden());
		assertThat(jdbc.sql("select count(*) from community where code = '990'").query(Long.class).single()).isZero();
	}

	@Test
	void adminCannotReachCasePagesAndCaseworkersCannotReachAdminPages() throws Exception {
		mvc.perform(get("/households").with(users.as("admin"))).andExpect(status().isForbidden());
		mvc.perform(get("/admin/accounts").with(users.as("hongyuan"))).andExpect(status().isForbidden());
		mvc.perform(post("/admin/communities").with(users.as("chief"))
			.with(csrf())
			.param("code", "991")
			.param("name", "科长建的社区")
			.param("population", "1")).andExpect(status().isForbidden());
		assertThat(jdbc.sql("select count(*) from community where code = '991'").query(Long.class).single()).isZero();
	}

	@Test
	void errorPagesAreChineseAndLeakNothing() throws Exception {
		mvc.perform(get("/admin/accounts/999999/edit").with(users.as("admin")))
			.andExpect(status().isNotFound())
			.andExpect(content().string(allOf(containsString("页面或记录不存在"), not(containsString("Exception")),
					not(containsString("at cn.street")))));
		mvc.perform(get("/admin/accounts/not-a-number/edit").with(users.as("admin")))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(allOf(containsString("请求有误"), not(containsString("NumberFormat")))));
		mvc.perform(get("/admin/accounts").param("page", "-5").param("sort", "password_hash;drop").with(users.as("admin")))
			.andExpect(status().isOk());
		mvc.perform(get("/no/such/page").with(users.as("chief")))
			.andExpect(status().isNotFound())
			.andExpect(content().string(containsString("页面或记录不存在")));
	}

	@Test
	void forbiddenPageIsChinese() throws Exception {
		mvc.perform(get("/audit").with(users.as("chief")))
			.andExpect(status().isForbidden());
	}

	@Test
	void healthIsTheOnlyActuatorEndpoint() throws Exception {
		mvc.perform(get("/actuator/health")).andExpect(status().isOk());
		mvc.perform(get("/actuator/env").with(users.as("admin"))).andExpect(status().isNotFound());
	}

}
