package cn.street.civil.shared.crypto;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * 敏感个人信息（身份证号、银行账号）的静态加密（AES-256-GCM）与盲索引（HMAC-SHA256）。
 * <p>
 * 主密钥只用于派生两个互相独立的子密钥，本身不被保存。线程安全。
 */
public final class SensitiveDataProtector {

	static final int KEY_LENGTH = 32;

	private static final byte VERSION = 1;

	private static final int IV_LENGTH = 12;

	private static final int TAG_BITS = 128;

	private static final String ENCRYPTION_LABEL = "civil-affairs/aes-gcm/v1";

	private static final String INDEX_LABEL = "civil-affairs/blind-index/v1";

	private static final String DECRYPT_FAILED = "敏感数据解密失败（密钥不匹配或数据被篡改）";

	private static final SecureRandom RANDOM = new SecureRandom();

	private final SecretKey encryptionKey;

	private final SecretKey indexKey;

	/** @param masterKey 恰好32字节的主密钥 */
	public SensitiveDataProtector(byte[] masterKey) {
		if (masterKey == null || masterKey.length != KEY_LENGTH) {
			throw new IllegalArgumentException("主密钥必须为 32 字节（master key must be exactly 32 bytes）");
		}
		this.encryptionKey = new SecretKeySpec(hmac(masterKey, ENCRYPTION_LABEL), "AES");
		this.indexKey = new SecretKeySpec(hmac(masterKey, INDEX_LABEL), "HmacSHA256");
	}

	/** 加密为 Base64 文本：[版本 1][12字节 IV][密文+16字节标签]；同一明文每次结果不同。null 返回 null。 */
	public String encrypt(String plaintext) {
		if (plaintext == null) {
			return null;
		}
		byte[] iv = new byte[IV_LENGTH];
		RANDOM.nextBytes(iv);
		try {
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(Cipher.ENCRYPT_MODE, encryptionKey, new GCMParameterSpec(TAG_BITS, iv));
			cipher.updateAAD(new byte[] { VERSION });
			byte[] sealed = cipher.doFinal(plaintext.getBytes(StandardCharsets.UTF_8));
			return Base64.getEncoder().encodeToString(ByteBuffer.allocate(1 + IV_LENGTH + sealed.length)
					.put(VERSION).put(iv).put(sealed).array());
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("敏感数据加密失败", ex);
		}
	}

	/**
	 * 解密 {@link #encrypt(String)} 的结果。null 返回 null。
	 *
	 * @throws IllegalStateException 密钥不匹配、数据被篡改或格式不对
	 */
	public String decrypt(String stored) {
		if (stored == null) {
			return null;
		}
		byte[] data;
		try {
			data = Base64.getDecoder().decode(stored);
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalStateException(DECRYPT_FAILED);
		}
		if (data.length < 1 + IV_LENGTH + TAG_BITS / 8 || data[0] != VERSION) {
			throw new IllegalStateException(DECRYPT_FAILED);
		}
		try {
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(Cipher.DECRYPT_MODE, encryptionKey, new GCMParameterSpec(TAG_BITS, data, 1, IV_LENGTH));
			cipher.updateAAD(data, 0, 1);
			byte[] plain = cipher.doFinal(data, 1 + IV_LENGTH, data.length - 1 - IV_LENGTH);
			return new String(plain, StandardCharsets.UTF_8);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(DECRYPT_FAILED, ex);
		}
	}

	/**
	 * 盲索引：用索引子密钥计算的 HMAC-SHA256，64位小写十六进制，确定性，用于精确查找和唯一约束。
	 * 调用方应先规范化明文（如身份证号末位统一大写）。null 返回 null。
	 */
	public String blindIndex(String plaintext) {
		if (plaintext == null) {
			return null;
		}
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(indexKey);
			return HexFormat.of().formatHex(mac.doFinal(plaintext.getBytes(StandardCharsets.UTF_8)));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("盲索引计算失败", ex);
		}
	}

	private static byte[] hmac(byte[] key, String label) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(key, "HmacSHA256"));
			return mac.doFinal(label.getBytes(StandardCharsets.UTF_8));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("子密钥派生失败", ex);
		}
	}
}
