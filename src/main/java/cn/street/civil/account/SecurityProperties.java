package cn.street.civil.account;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Password policy and lockout, configurable under {@code civil.security.*}.
 *
 * @param password length and character-class rules
 * @param lockout failures before lockout and how long it lasts
 * @param initialAdminPassword password of the first admin on an empty database (outside demo mode);
 * when empty a random one is generated and written to the log once
 */
@ConfigurationProperties("civil.security")
record SecurityProperties(@DefaultValue Password password, @DefaultValue Lockout lockout, String initialAdminPassword) {

	record Password(@DefaultValue("8") int minLength, @DefaultValue("64") int maxLength,
			@DefaultValue("3") int minClasses) {
	}

	record Lockout(@DefaultValue("5") int maxFailures, @DefaultValue("10m") Duration duration) {
	}

}
