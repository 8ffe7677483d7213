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
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
	void aServerThatDoesNotStopInTimeIsReportedAndNotKilled() throws Exception {
		Path fakePostgres = Files.copy(Path.of("/bin/sleep"), temp.resolve("postgres"));
		// started with SIGINT ignored, which survives exec: it shrugs off the fast shutdown
		Process stubborn = new ProcessBuilder("sh", "-c", "trap '' INT; exec " + fakePostgres + " 60").start();
		try {
			for (int i = 0; i < 50 && !stubborn.info().command().orElse("").equals(fakePostgres.toString()); i++) {
				Thread.sleep(100); // until sh has exec'd it
			}
			Files.writeString(temp.resolve("postmaster.pid"), stubborn.pid() + "\n");
			assertThatThrownBy(() -> OrphanedServer.stopIfRunning(temp, Duration.ofSeconds(1)))
				.isInstanceOf(StartRefusedException.class)
				.hasMessageContaining("上次运行留下的内嵌数据库进程（进程号 " + stubborn.pid() + "）在 1 秒内没有停止");
			assertThat(stubborn.isAlive()).isTrue();
		}
		finally {
			stubborn.destroyForcibly();
			stubborn.waitFor(10, TimeUnit.SECONDS);
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
