package cn.street.civil.shared.db;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * Another application instance in a process of its own (a lock held in this JVM would only throw
 * OverlappingFileLockException). {@code lock <dir>} takes the data directory lock the way the application does;
 * {@code postgres <dir>} also starts the embedded server there and writes a row, as a running application
 * would. Either prints {@code READY} and then waits to be killed.
 */
public final class OtherInstance {

	static final String NOTE = "被强制结束之前写入 / written before the kill";

	public static void main(String[] args) throws Exception {
		Path dataDir = Path.of(args[1]);
		DataDirectoryLock lock = DataDirectoryLock.acquire(dataDir);
		if (args[0].equals("postgres")) {
			EmbeddedPostgres postgres = EmbeddedPostgres.builder()
				.setDataDirectory(dataDir)
				.setCleanDataDirectory(false)
				.setServerConfig("fsync", "on")
				.start();
			try (Connection connection = postgres.getPostgresDatabase().getConnection();
					Statement statement = connection.createStatement()) {
				statement.execute("create table kept (note text)");
				statement.execute("insert into kept values ('" + NOTE + "')");
			}
		}
		System.out.println("READY " + lock.file());
		System.out.flush();
		Thread.sleep(Long.MAX_VALUE);
	}

	/** Starts {@code java OtherInstance mode dir} on this test classpath and waits until it is ready. */
	static Process start(String mode, Path dataDir) throws Exception {
		Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				"-Xmx64m", "-cp", System.getProperty("java.class.path"), OtherInstance.class.getName(), mode,
				dataDir.toString())
			.redirectErrorStream(true)
			.start();
		CompletableFuture<String> ready = new CompletableFuture<>();
		StringBuilder output = new StringBuilder();
		Thread drain = new Thread(() -> {
			try (BufferedReader reader = new BufferedReader(
					new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
				for (String line; (line = reader.readLine()) != null;) {
					synchronized (output) {
						output.append(line).append('\n');
					}
					if (line.startsWith("READY")) {
						ready.complete(line);
					}
				}
			}
			catch (Exception ex) {
				// the process was killed
			}
			ready.completeExceptionally(new IllegalStateException("other instance ended:\n" + output));
		});
		drain.setDaemon(true);
		drain.start();
		try {
			ready.get(90, TimeUnit.SECONDS);
		}
		catch (Exception ex) {
			process.destroyForcibly();
			throw ex;
		}
		return process;
	}

	/** kill -9 */
	static void kill(Process process) throws InterruptedException {
		process.destroyForcibly();
		process.waitFor(30, TimeUnit.SECONDS);
	}

	private OtherInstance() {
	}

}
