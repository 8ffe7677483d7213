package cn.street.civil.shared.db;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * After a hard kill of the application its PostgreSQL keeps running and holding the data directory.
 * Starting again would silently attach to that orphan; refuse and say what to do instead.
 */
final class StaleServerCheck {

	private StaleServerCheck() {
	}

	static void failIfServerStillRunning(Path dataDir) throws IOException {
		Path pidFile = dataDir.resolve("postmaster.pid");
		if (!Files.exists(pidFile)) {
			return;
		}
		List<String> lines = Files.readAllLines(pidFile);
		if (lines.isEmpty()) {
			return;
		}
		long pid;
		try {
			pid = Long.parseLong(lines.get(0).trim());
		}
		catch (NumberFormatException ex) {
			return;
		}
		boolean alive = ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
		if (alive) {
			throw new IllegalStateException("""
					嵌入式数据库仍被上次运行留下的 PostgreSQL 进程占用（pid %d，数据目录 %s）。
					多半是应用上次被强制结束。请先停止该进程再启动：kill %d
					The embedded PostgreSQL data directory %s is still held by a leftover server (pid %d), \
					probably from a killed run. Stop it first: kill %d""".formatted(pid, dataDir, pid, dataDir, pid, pid));
		}
	}

}
