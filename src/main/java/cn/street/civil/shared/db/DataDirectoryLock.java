package cn.street.civil.shared.db;

import java.io.Closeable;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Says "a running application owns this data directory": an OS file lock on {@code <data dir>.owner.lock}
 * (for {@code ./data/pg}: {@code ./data/pg.owner.lock}), held for as long as the application runs, with the
 * owner's pid written into the file for the message. The operating system drops the lock when the process
 * ends, however it ends (kill -9 included), so a lock that can be taken means the previous owner is gone.
 */
final class DataDirectoryLock implements Closeable {

	private final Path file;

	private final FileChannel channel;

	private final FileLock lock;

	private DataDirectoryLock(Path file, FileChannel channel, FileLock lock) {
		this.file = file;
		this.channel = channel;
		this.lock = lock;
	}

	/** The lock file of a data directory: next to it, not in it (initdb wants an empty directory). */
	static Path fileFor(Path dataDir) {
		Path dir = dataDir.toAbsolutePath().normalize();
		return dir.resolveSibling(dir.getFileName() + ".owner.lock");
	}

	/**
	 * Takes the lock or refuses: a {@link StartRefusedException} naming the live owner when another
	 * application instance (another process, or another context in this JVM) holds it.
	 */
	static DataDirectoryLock acquire(Path dataDir) throws IOException {
		Path file = fileFor(dataDir);
		Files.createDirectories(file.getParent());
		FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
				StandardOpenOption.WRITE);
		FileLock lock;
		try {
			lock = channel.tryLock();
		}
		catch (OverlappingFileLockException ex) {
			lock = null; // held by this JVM: a second application context on the same directory
		}
		if (lock == null) {
			String owner = readOwner(channel);
			channel.close();
			throw new StartRefusedException("""
					本系统已经在运行（进程号 %s），正在使用数据目录 %s。
					The application is already running (pid %s) on data directory %s.""".formatted(owner, dataDir, owner,
					dataDir), """
					请直接使用已经打开的系统（在浏览器中打开原来的地址）；如需重新启动，请先关闭正在运行的那一个。
					Use that instance, or stop it before starting another.""");
		}
		channel.truncate(0);
		channel.write(ByteBuffer.wrap((ProcessHandle.current().pid() + "\n").getBytes(StandardCharsets.US_ASCII)), 0);
		channel.force(true);
		return new DataDirectoryLock(file, channel, lock);
	}

	Path file() {
		return file;
	}

	/** Empties the file and releases the lock; the file stays (deleting it would race with the next start). */
	@Override
	public void close() throws IOException {
		if (!channel.isOpen()) {
			return;
		}
		try {
			channel.truncate(0);
			lock.release();
		}
		finally {
			channel.close();
		}
	}

	private static String readOwner(FileChannel channel) {
		try {
			ByteBuffer buffer = ByteBuffer.allocate(32);
			channel.read(buffer, 0);
			String text = new String(buffer.array(), 0, buffer.position(), StandardCharsets.US_ASCII).trim();
			return text.matches("\\d+") ? text : "未知 / unknown";
		}
		catch (IOException ex) {
			return "未知 / unknown";
		}
	}

}
