package cn.street.civil.shared.db;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * After a hard kill of the application (kill -9, a closed terminal, a crash) its embedded PostgreSQL keeps
 * running and holding the data directory. Called while holding the {@link DataDirectoryLock}, so no live
 * application owns that server any more: it is stopped with a fast shutdown (SIGINT, what
 * {@code pg_ctl stop -m fast} sends: open transactions roll back, committed data is flushed) and the start
 * goes on.
 */
final class OrphanedServer {

	static final Duration STOP_TIMEOUT = Duration.ofSeconds(60);

	private static final Logger log = LoggerFactory.getLogger(OrphanedServer.class);

	private OrphanedServer() {
	}

	/**
	 * Stops the PostgreSQL server that {@code postmaster.pid} names, if it still runs. A pid file naming a
	 * live process that is not PostgreSQL (the number was reused after a reboot) is stale and removed, and
	 * that process is left alone.
	 * @return whether a server was stopped
	 */
	static boolean stopIfRunning(Path dataDir, Duration timeout) throws IOException {
		Path pidFile = dataDir.resolve("postmaster.pid");
		Optional<ProcessHandle> process = pidIn(pidFile).flatMap(ProcessHandle::of).filter(ProcessHandle::isAlive);
		if (process.isEmpty()) {
			return false;
		}
		ProcessHandle postmaster = process.get();
		Optional<String> command = postmaster.info().command();
		if (command.isEmpty()) {
			throw new StartRefusedException("""
					数据目录 %s 中的 postmaster.pid 指向进程 %d，但无法确认它是不是数据库进程，因此没有启动。
					%s names process %d, which cannot be inspected (another user's process?).""".formatted(dataDir,
					postmaster.pid(), pidFile, postmaster.pid()), """
					请联系系统管理员：确认该进程不是本系统的数据库后，删除 postmaster.pid 再启动。
					Make sure that process is not this application's database, then delete postmaster.pid.""");
		}
		if (!isPostgres(command.get())) {
			log.warn("数据库锁文件 {} 已过期（进程 {} 不是 PostgreSQL：{}），已删除 / removed the stale pid file", pidFile,
					postmaster.pid(), command.get());
			Files.deleteIfExists(pidFile);
			return false;
		}
		long started = System.nanoTime();
		signalFastShutdown(postmaster.pid());
		long deadline = started + timeout.toNanos();
		while (postmaster.isAlive() || Files.exists(pidFile)) {
			if (System.nanoTime() > deadline) {
				throw new StartRefusedException("""
						上次运行留下的内嵌数据库进程（进程号 %d）在 %d 秒内没有停止，因此没有启动。
						The embedded PostgreSQL (pid %d) left running by a previous run did not stop within %d s."""
					.formatted(postmaster.pid(), timeout.toSeconds(), postmaster.pid(), timeout.toSeconds()), """
						请稍后再启动一次；仍不行时重启计算机后再启动。
						Try again in a while, or restart the computer.""");
			}
			sleep(Duration.ofMillis(100));
		}
		log.warn("发现上次运行（应用被强制结束）留下的内嵌数据库进程（进程号 {}），已将其正常停止（用时 {} ms），继续启动。"
				+ " / Stopped the embedded PostgreSQL (pid {}) left running by a killed previous run; starting normally.",
				postmaster.pid(), (System.nanoTime() - started) / 1_000_000, postmaster.pid());
		return true;
	}

	private static Optional<Long> pidIn(Path pidFile) throws IOException {
		if (!Files.exists(pidFile)) {
			return Optional.empty();
		}
		List<String> lines = Files.readAllLines(pidFile);
		try {
			return lines.isEmpty() ? Optional.empty() : Optional.of(Long.parseLong(lines.get(0).trim()));
		}
		catch (NumberFormatException ex) {
			return Optional.empty();
		}
	}

	private static boolean isPostgres(String command) {
		String name = Path.of(command).getFileName().toString();
		return name.equals("postgres") || name.equals("postgres.exe");
	}

	/** SIGINT is PostgreSQL's "fast shutdown"; Java can only send SIGTERM ("smart": waits for clients) or SIGKILL. */
	private static void signalFastShutdown(long pid) throws IOException {
		try {
			Process kill = new ProcessBuilder("kill", "-INT", Long.toString(pid)).redirectErrorStream(true).start();
			String output = new String(kill.getInputStream().readAllBytes()).trim();
			if (kill.waitFor() != 0) {
				throw new IOException("kill -INT " + pid + " failed: " + output);
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IOException("interrupted while stopping PostgreSQL " + pid, ex);
		}
	}

	private static void sleep(Duration duration) throws IOException {
		try {
			Thread.sleep(duration.toMillis());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IOException("interrupted while waiting for PostgreSQL to stop", ex);
		}
	}

}
