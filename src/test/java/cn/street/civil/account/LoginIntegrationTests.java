package cn.street.civil.account;

import java.time.Duration;

import cn.street.civil.support.DemoUsers;
import cn.street.civil.support.IntegrationTest;
import cn.street.civil.support.MutableClock;
import jakarta.servlet.http.HttpSession;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class LoginIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MutableClock clock;

	@Autowired
	AccountTestData accounts;

	@AfterEach
	void resetClock() {
		clock.reset();
	}

	@Test
	void loginPageIsChineseAndAnonymousUsersAreSentToIt() throws Exception {
		mvc.perform(get("/")).andExpect(status().isFound()).andExpect(redirectedUrl("/login"));
		mvc.perform(get("/login"))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("街道民政业务系统")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("用户名")));
	}

	@Test
	void demoAccountLogsInAndTheLoginIsAuditedWithIp() throws Exception {
		long before = auditCount("chief", "LOGIN");
		mvc.perform(login("chief", DemoUsers.PASSWORD).with(remote("10.1.2.3")))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/"));
		assertThat(auditCount("chief", "LOGIN")).isEqualTo(before + 1);
		String ip = jdbc.sql("select ip from audit_entry where username = 'chief' and action = 'LOGIN' order by id desc limit 1")
			.query(String.class)
			.single();
		assertThat(ip).isEqualTo("10.1.2.3");
	}

	@Test
	void wrongPasswordGivesTheSameMessageWhetherOrNotTheUserExists() throws Exception {
		String unknown = mvc.perform(login("nobody-here", "Wrong@123"))
			.andExpect(redirectedUrl("/login?error"))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		String known = mvc.perform(login("auditor", "Wrong@123"))
			.andExpect(redirectedUrl("/login?error"))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		assertThat(unknown).isEqualTo(known);
		assertThat(auditCount("nobody-here", "LOGIN_FAILURE")).isEqualTo(1);
		mvc.perform(get("/login").param("error", ""))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("用户名或密码错误")));
	}

	@Test
	void fiveWrongPasswordsLockTheAccountForTenMinutesEvenForTheRightPassword() throws Exception {
		String username = accounts.createActive("lock-test", "Right@2026x");
		for (int i = 0; i < 5; i++) {
			mvc.perform(login(username, "Wrong@2026x")).andExpect(redirectedUrl("/login?error"));
		}
		mvc.perform(login(username, "Right@2026x")).andExpect(redirectedUrl("/login?error"));
		assertThat(auditCount(username, "LOGIN_FAILURE")).isEqualTo(6);
		assertThat(jdbc.sql("select count(*) from audit_entry where action = 'ACCOUNT_LOCKED' and object_id = "
				+ "(select cast(id as text) from account where username = :u)")
			.param("u", username)
			.query(Long.class)
			.single()).isEqualTo(1);

		clock.advance(Duration.ofMinutes(9));
		mvc.perform(login(username, "Right@2026x")).andExpect(redirectedUrl("/login?error"));

		clock.advance(Duration.ofMinutes(2));
		mvc.perform(login(username, "Right@2026x")).andExpect(redirectedUrl("/"));
	}

	@Test
	void sessionIdChangesAtLoginAndLogoutInvalidatesTheSession() throws Exception {
		MockHttpSession anonymous = new MockHttpSession();
		String anonymousId = anonymous.getId();
		MvcResult login = mvc
			.perform(login("jiedao", DemoUsers.PASSWORD).session(anonymous).with(request -> {
				// as a browser would: the request names the session it comes with
				request.setRequestedSessionId(anonymousId);
				request.setRequestedSessionIdValid(true);
				return request;
			}))
			.andExpect(redirectedUrl("/"))
			.andReturn();
		HttpSession session = login.getRequest().getSession(false);
		assertThat(session).isNotNull();
		assertThat(session.getId()).isNotEqualTo(anonymousId);
		mvc.perform(get("/").session((MockHttpSession) session)).andExpect(status().isOk());

		long logouts = auditCount("jiedao", "LOGOUT");
		mvc.perform(post("/logout").with(csrf()).session((MockHttpSession) session))
			.andExpect(redirectedUrl("/login?logout"));
		assertThat(((MockHttpSession) session).isInvalid()).isTrue();
		assertThat(auditCount("jiedao", "LOGOUT")).isEqualTo(logouts + 1);
	}

	@Test
	void disabledAccountCannotLogIn() throws Exception {
		String username = accounts.createActive("disabled-test", "Right@2026x");
		jdbc.sql("update account set enabled = false where username = :u").param("u", username).update();
		mvc.perform(login(username, "Right@2026x")).andExpect(redirectedUrl("/login?error"));
	}

	@Test
	void disablingAnAccountEndsItsOpenSessionAtTheNextRequest() throws Exception {
		String username = accounts.createActive("session-test", "Right@2026x");
		MockHttpSession session = (MockHttpSession) mvc.perform(login(username, "Right@2026x"))
			.andExpect(redirectedUrl("/"))
			.andReturn()
			.getRequest()
			.getSession(false);
		mvc.perform(get("/").session(session)).andExpect(status().isOk());
		jdbc.sql("update account set enabled = false where username = :u").param("u", username).update();
		mvc.perform(get("/").session(session)).andExpect(redirectedUrl("/login?expired"));
		assertThat(session.isInvalid()).isTrue();
	}

	private long auditCount(String username, String action) {
		return jdbc.sql("select count(*) from audit_entry where username = :u and action = :a")
			.param("u", username)
			.param("a", action)
			.query(Long.class)
			.single();
	}

	static MockHttpServletRequestBuilder login(String username, String password) {
		return post("/login").param("username", username).param("password", password).with(csrf());
	}

	private static org.springframework.test.web.servlet.request.RequestPostProcessor remote(String ip) {
		return request -> {
			request.setRemoteAddr(ip);
			return request;
		};
	}

}
