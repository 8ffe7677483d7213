package cn.street.civil.support;

import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.stereotype.Component;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Requests as a demo account, with the real principal the login would produce. Demo logins: admin,
 * auditor, chief, jiedao (street caseworker), hongyuan / shijiyuan / ... (community caseworkers).
 */
@Component
public class DemoUsers {

	public static final String PASSWORD = "Demo@2026";

	private final UserDetailsService users;

	public DemoUsers(UserDetailsService users) {
		this.users = users;
	}

	public RequestPostProcessor as(String username) {
		return SecurityMockMvcRequestPostProcessors.user(users.loadUserByUsername(username));
	}

}
