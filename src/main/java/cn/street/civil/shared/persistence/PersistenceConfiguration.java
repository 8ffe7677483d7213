package cn.street.civil.shared.persistence;

import java.time.Clock;
import java.time.ZoneId;
import java.util.Optional;

import cn.street.civil.shared.security.CurrentUser;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.auditing.DateTimeProvider;
import org.springframework.data.domain.AuditorAware;
import org.springframework.data.jpa.repository.config.EnableJpaAuditing;

/** Clock and auditing for every module. Tests replace the clock to move time without sleeping. */
@Configuration(proxyBeanMethods = false)
@EnableJpaAuditing(auditorAwareRef = "auditor", dateTimeProviderRef = "auditingTime")
class PersistenceConfiguration {

	static final ZoneId OFFICE_ZONE = ZoneId.of("Asia/Shanghai");

	@Bean
	Clock clock() {
		return Clock.system(OFFICE_ZONE);
	}

	@Bean
	AuditorAware<String> auditor() {
		return () -> Optional.of(CurrentUser.current().map(CurrentUser::getUsername).orElse("system"));
	}

	@Bean
	DateTimeProvider auditingTime(Clock clock) {
		return () -> Optional.of(clock.instant());
	}

}
