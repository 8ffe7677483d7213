package cn.street.civil.shared.crypto;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Set;

/** 32字节主密钥的生成、解码与密钥文件管理。错误信息从不包含密钥内容。 */
public final class CryptoKeys {

	private static final SecureRandom RANDOM = new SecureRandom();

	private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

	private CryptoKeys() {
	}

	/** 生成32字节随机密钥。 */
	public static byte[] generate() {
		byte[] key = new byte[SensitiveDataProtector.KEY_LENGTH];
		RANDOM.nextBytes(key);
		return key;
	}

	/** 解码 Base64 密钥并检查长度为32字节。 */
	public static byte[] fromBase64(String base64) {
		if (base64 == null || base64.isBlank()) {
			throw new IllegalArgumentException("密钥为空，应为 32 字节密钥的 Base64 文本（key is empty）");
		}
		byte[] key;
		try {
			key = Base64.getDecoder().decode(base64.strip());
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalArgumentException("密钥不是有效的 Base64 文本（key is not valid Base64）");
		}
		if (key.length != SensitiveDataProtector.KEY_LENGTH) {
			throw new IllegalArgumentException("密钥解码后应为 32 字节，实际为 " + key.length
					+ " 字节（key must decode to exactly 32 bytes）");
		}
		return key;
	}

	/**
	 * 读取密钥文件（Base64 文本）；文件不存在时生成新密钥写入，并尽可能把权限设为仅属主可读写（600）。
	 *
	 * @throws UncheckedIOException 读写失败
	 * @throws IllegalArgumentException 文件内容不是有效密钥
	 */
	public static byte[] loadOrCreate(Path keyFile) {
		try {
			if (Files.exists(keyFile)) {
				return read(keyFile);
			}
			Path parent = keyFile.toAbsolutePath().getParent();
			if (parent != null) {
				Files.createDirectories(parent);
			}
			byte[] key = generate();
			try {
				createOwnerOnly(keyFile);
			}
			catch (FileAlreadyExistsException ex) {
				return read(keyFile);
			}
			Files.writeString(keyFile, Base64.getEncoder().encodeToString(key), StandardCharsets.US_ASCII);
			return key;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("无法读取或创建密钥文件：" + keyFile, ex);
		}
	}

	private static byte[] read(Path keyFile) throws IOException {
		try {
			return fromBase64(Files.readString(keyFile, StandardCharsets.US_ASCII));
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalArgumentException("密钥文件内容无效：" + keyFile + "。" + ex.getMessage());
		}
	}

	/** 创建空文件；支持 POSIX 时在创建的同时设为 600，避免出现短暂可被他人读取的窗口。 */
	private static void createOwnerOnly(Path keyFile) throws IOException {
		FileAttribute<Set<PosixFilePermission>> ownerOnly = PosixFilePermissions.asFileAttribute(OWNER_ONLY);
		try {
			Files.createFile(keyFile, ownerOnly);
			Files.setPosixFilePermissions(keyFile, OWNER_ONLY);
		}
		catch (UnsupportedOperationException ex) {
			Files.createFile(keyFile);
		}
	}
}
