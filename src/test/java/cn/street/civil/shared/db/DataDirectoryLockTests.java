package cn.street.civil.shared.db;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DataDirectoryLockTests {

	@TempDir
	Path temp;

	@Test
	void aDataDirectoryInUseByAnotherRunningInstanceIsRefusedNamingItsPid() throws Exception {
		Path dataDir = temp.resolve("pg");
		Process other = OtherInstance.start("lock", dataDir);
		try {
			assertThatThrownBy(() -> DataDirectoryLock.acquire(dataDir)).isInstanceOf(StartRefusedException.class)
				.hasMessageContaining("本系统已经在运行（进程号 " + other.pid() + "）")
				.hasMessageContaining(dataDir.toString())
				.hasMessageContaining("already running (pid " + other.pid() + ")");
		}
		finally {
			OtherInstance.kill(other);
		}
		// the operating system drops the lock of a killed process: the next start may take over
		try (DataDirectoryLock lock = DataDirectoryLock.acquire(dataDir)) {
			assertThat(lock.file()).isEqualTo(temp.resolve("pg.owner.lock"));
			assertThat(Files.readString(lock.file())).isEqualTo(ProcessHandle.current().pid() + "\n");
		}
	}

	@Test
	void aSecondInstanceInTheSameJvmIsRefusedToo_andTheLockIsFreeAgainOnceClosed() throws Exception {
		Path dataDir = temp.resolve("pg");
		try (DataDirectoryLock first = DataDirectoryLock.acquire(dataDir)) {
			assertThatThrownBy(() -> DataDirectoryLock.acquire(dataDir))
				.hasMessageContaining("进程号 " + ProcessHandle.current().pid());
		}
		assertThat(Files.readString(DataDirectoryLock.fileFor(dataDir))).isEmpty();
		DataDirectoryLock.acquire(dataDir).close();
	}

}
