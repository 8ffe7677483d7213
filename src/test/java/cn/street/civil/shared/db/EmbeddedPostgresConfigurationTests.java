package cn.street.civil.shared.db;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;

import static org.assertj.core.api.Assertions.assertThat;

/** The embedded server on a kept data directory, as the application starts it (fsync on, under its lock). */
class EmbeddedPostgresConfigurationTests {

	@TempDir
	Path temp;

	@Test
	void aSecondStartOnTheSameDirectoryIsRefusedWhileTheFirstRuns_andTheServerStopsBeforeTheLockIsReleased() {
		Path dataDir = temp.resolve("pg");
		ApplicationContextRunner runner = new ApplicationContextRunner()
			.withUserConfiguration(EmbeddedPostgresConfiguration.class, Properties.class)
			.withPropertyValues("civil.embedded-db.data-dir=" + dataDir);
		runner.run(first -> {
			assertThat(first).hasNotFailed();
			assertThat(first.getBeanFactory().getDependentBeans("dataDirectoryLock")).contains("embeddedPostgres");
			assertThat(dataDir.resolve("postmaster.pid")).exists();
			runner.run(second -> {
				assertThat(second).hasFailed();
				// printed instead of the stack trace: what happened, and what to do
				FailureAnalysis analysis = new StartRefusedException.Analyzer().analyze(second.getStartupFailure());
				assertThat(analysis.getDescription())
					.startsWith("本系统已经在运行（进程号 " + ProcessHandle.current().pid() + "）");
				assertThat(analysis.getAction()).startsWith("请直接使用已经打开的系统");
			});
		});
		assertThat(dataDir.resolve("postmaster.pid")).doesNotExist();
		assertThat(DataDirectoryLock.fileFor(dataDir)).isEmptyFile();
	}

	@Test
	void testsUseAThrowAwayServerWithoutALock() {
		new ApplicationContextRunner().withUserConfiguration(EmbeddedPostgresConfiguration.class, Properties.class)
			.withPropertyValues("civil.embedded-db.temporary=true", "civil.embedded-db.data-dir=" + temp.resolve("pg"))
			.run(context -> {
				assertThat(context).hasNotFailed().doesNotHaveBean(DataDirectoryLock.class);
				assertThat(Files.exists(temp.resolve("pg"))).isFalse();
			});
	}

	@Configuration(proxyBeanMethods = false)
	@EnableConfigurationProperties(EmbeddedPostgresProperties.class)
	static class Properties {

	}

}
