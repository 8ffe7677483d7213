package cn.street.civil.shared.db;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StaleServerCheckTests {

	@TempDir
	Path dataDir;

	@Test
	void aDataDirectoryHeldByALiveProcessIsRefusedWithInstructions() throws Exception {
		long livePid = ProcessHandle.current().pid();
		Files.writeString(dataDir.resolve("postmaster.pid"), livePid + "\n" + dataDir + "\n");
		assertThatThrownBy(() -> StaleServerCheck.failIfServerStillRunning(dataDir))
			.isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("kill " + livePid)
			.hasMessageContaining("嵌入式数据库仍被上次运行留下的 PostgreSQL 进程占用");
	}

	@Test
	void aLeftoverPidFileOfAFinishedProcessOrNoneAtAllIsFine() throws Exception {
		assertThatCode(() -> StaleServerCheck.failIfServerStillRunning(dataDir)).doesNotThrowAnyException();
		Process finished = new ProcessBuilder("true").start();
		finished.waitFor();
		Files.writeString(dataDir.resolve("postmaster.pid"), finished.pid() + "\n");
		assertThatCode(() -> StaleServerCheck.failIfServerStillRunning(dataDir)).doesNotThrowAnyException();
	}

}
