package cn.street.civil.account;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * Form login, role-based URL rules for the admin and audit areas, security headers with a
 * Content-Security-Policy the pages satisfy (no inline script or style), CSRF on (the default).
 * Feature modules guard their own controllers and services with {@code @PreAuthorize}.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
			+ "img-src 'self' data:; font-src 'self' data:; connect-src 'self'; form-action 'self'; "
			+ "frame-ancestors 'none'; base-uri 'self'; object-src 'none'";

	@Bean
	SecurityFilterChain securityFilterChain(HttpSecurity http, JdbcClient jdbc) throws Exception {
		http.authorizeHttpRequests(requests -> requests
			.requestMatchers("/login", "/css/**", "/js/**", "/webjars/**", "/favicon.ico", "/error",
					"/actuator/health", "/actuator/health/**")
			.permitAll()
			.requestMatchers("/admin/**")
			.hasRole("ADMIN")
			.requestMatchers("/audit/**")
			.hasAnyRole("AUDITOR", "ADMIN")
			.anyRequest()
			.authenticated())
			.formLogin(login -> login.loginPage("/login").defaultSuccessUrl("/", true).failureUrl("/login?error"))
			.logout(logout -> logout.logoutUrl("/logout")
				.logoutSuccessUrl("/login?logout")
				.invalidateHttpSession(true)
				.deleteCookies("JSESSIONID"))
			.sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId()))
			.headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
				.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
				.frameOptions(frame -> frame.deny()))
			.addFilterBefore(new AccountStillValidFilter(jdbc), AuthorizationFilter.class)
			.addFilterAfter(new ForcePasswordChangeFilter(), AccountStillValidFilter.class);
		return http.build();
	}

	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

}
