package cn.street.civil.shared.db;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class OrphanedServerTests {

	@TempDir
	Path temp;

	@Test
	void theServerOfAKilledRunIsStoppedAndANewOneStartsOnItsData() throws Exception {
		Path dataDir = temp.resolve("pg");
		Process app = OtherInstance.start("postgres", dataDir);
		long postmasterPid = Long.parseLong(Files.readAllLines(dataDir.resolve("postmaster.pid")).get(0).trim());
		try {
			OtherInstance.kill(app);
			ProcessHandle orphan = ProcessHandle.of(postmasterPid).orElseThrow();
			assertThat(orphan.isAlive()).as("PostgreSQL outlives its killed application").isTrue();
			try (DataDirectoryLock lock = DataDirectoryLock.acquire(dataDir)) {
				assertThat(OrphanedServer.stopIfRunning(dataDir, Duration.ofSeconds(60))).isTrue();
				assertThat(orphan.isAlive()).isFalse();
				assertThat(dataDir.resolve("postmaster.pid")).doesNotExist();
				try (EmbeddedPostgres postgres = EmbeddedPostgres.builder()
					.setDataDirectory(dataDir)
					.setCleanDataDirectory(false)
					.start();
						Connection connection = postgres.getPostgresDatabase().getConnection();
						Statement statement = connection.createStatement();
						ResultSet rows = statement.executeQuery("select note from kept")) {
					assertThat(rows.next()).isTrue();
					assertThat(rows.getString(1)).isEqualTo(OtherInstance.NOTE);
				}
			}
		}
		finally {
			OtherInstance.kill(app);
			ProcessHandle.of(postmasterPid).ifPresent(ProcessHandle::destroyForcibly); // only if the test failed
		}
	}

	@Test
	void aPidFileNamingALiveProcessThatIsNotPostgresIsStale_theProcessIsLeftAlone() throws Exception {
		Process unrelated = new ProcessBuilder("sleep", "60").start();
		try {
			Path pidFile = temp.resolve("postmaster.pid");
			Files.writeString(pidFile, unrelated.pid() + "\n" + temp + "\n");
			assertThat(OrphanedServer.stopIfRunning(temp, Duration.ofSeconds(5))).isFalse();
			assertThat(unrelated.isAlive()).isTrue();
			assertThat(pidFile).doesNotExist();
		}
		finally {
			unrelated.destroyForcibly();
			unrelated.waitFor(10, TimeUnit.SECONDS);
		}
	}

	@Test
	void aPidFileOfAFinishedProcessOrNoneAtAllIsNothingToStop() throws Exception {
		assertThat(OrphanedServer.stopIfRunning(temp, Duration.ofSeconds(5))).isFalse();
		Process finished = new ProcessBuilder("true").start();
		finished.waitFor();
		Files.writeString(temp.resolve("postmaster.pid"), finished.pid() + "\n");
		assertThat(OrphanedServer.stopIfRunning(temp, Duration.ofSeconds(5))).isFalse();
	}

}
