package cn.street.civil.shared.crypto;

import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SensitiveDataProtectorTests {

	private static final String ID = "11010519491231002X";

	private static final String DECRYPT_FAILED = "敏感数据解密失败（密钥不匹配或数据被篡改）";

	private final SensitiveDataProtector protector = new SensitiveDataProtector(CryptoKeys.generate());

	@Test
	void roundTripsAsciiAndChineseText() {
		assertThat(protector.decrypt(protector.encrypt(ID))).isEqualTo(ID);
		String chinese = "中国工商银行 6222 0212 3456 7890 123 张三";
		assertThat(protector.decrypt(protector.encrypt(chinese))).isEqualTo(chinese);
		assertThat(protector.decrypt(protector.encrypt(""))).isEmpty();
	}

	@Test
	void nullStaysNull() {
		assertThat(protector.encrypt(null)).isNull();
		assertThat(protector.decrypt(null)).isNull();
		assertThat(protector.blindIndex(null)).isNull();
	}

	@Test
	void ciphertextIsRandomisedAndHidesPlaintext() {
		String first = protector.encrypt(ID);
		String second = protector.encrypt(ID);
		assertThat(first).isNotEqualTo(second).doesNotContain(ID).doesNotContain("19491231");
		assertThat(first).doesNotContain("\n").doesNotContain("\r");

		byte[] raw = Base64.getDecoder().decode(first);
		assertThat(raw[0]).isEqualTo((byte) 1);
		assertThat(raw).hasSize(1 + 12 + ID.length() + 16);
		assertThat(new String(raw, StandardCharsets.ISO_8859_1)).doesNotContain(ID);
	}

	@Test
	void blindIndexIsDeterministicAndKeyed() {
		String index = protector.blindIndex(ID);
		assertThat(index).hasSize(64).matches("[0-9a-f]{64}");
		assertThat(protector.blindIndex(ID)).isEqualTo(index);
		assertThat(protector.blindIndex("110105194912310021")).isNotEqualTo(index);

		SensitiveDataProtector other = new SensitiveDataProtector(CryptoKeys.generate());
		assertThat(other.blindIndex(ID)).isNotEqualTo(index);
	}

	@Test
	void sameMasterKeyGivesSameIndexAndCanDecrypt() {
		byte[] key = CryptoKeys.generate();
		SensitiveDataProtector a = new SensitiveDataProtector(key);
		SensitiveDataProtector b = new SensitiveDataProtector(key.clone());
		assertThat(b.blindIndex(ID)).isEqualTo(a.blindIndex(ID));
		assertThat(b.decrypt(a.encrypt(ID))).isEqualTo(ID);
	}

	@Test
	void tamperedCiphertextIsRejected() {
		byte[] raw = Base64.getDecoder().decode(protector.encrypt(ID));
		for (int position : new int[] { 0, 5, 20, raw.length - 1 }) {
			byte[] tampered = raw.clone();
			tampered[position] ^= 0x01;
			String stored = Base64.getEncoder().encodeToString(tampered);
			assertThatThrownBy(() -> protector.decrypt(stored))
					.isInstanceOf(IllegalStateException.class)
					.hasMessage(DECRYPT_FAILED);
		}
	}

	@Test
	void garbageIsRejected() {
		assertThatThrownBy(() -> protector.decrypt("not base64 !!")).isInstanceOf(IllegalStateException.class)
				.hasMessage(DECRYPT_FAILED);
		assertThatThrownBy(() -> protector.decrypt("AQID")).isInstanceOf(IllegalStateException.class)
				.hasMessage(DECRYPT_FAILED);
		assertThatThrownBy(() -> protector.decrypt("")).isInstanceOf(IllegalStateException.class)
				.hasMessage(DECRYPT_FAILED);
	}

	@Test
	void wrongKeyIsRejected() {
		String stored = protector.encrypt(ID);
		SensitiveDataProtector other = new SensitiveDataProtector(CryptoKeys.generate());
		assertThatThrownBy(() -> other.decrypt(stored))
				.isInstanceOf(IllegalStateException.class)
				.hasMessage(DECRYPT_FAILED);
	}

	@Test
	void masterKeyMustBe32Bytes() {
		assertThatThrownBy(() -> new SensitiveDataProtector(new byte[16]))
				.isInstanceOf(IllegalArgumentException.class)
				.hasMessageContaining("32 字节")
				.hasMessageContaining("32 bytes");
		assertThatThrownBy(() -> new SensitiveDataProtector(new byte[33])).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> new SensitiveDataProtector(null)).isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void decodesBase64KeysAndRefusesWrongLength() {
		byte[] key = CryptoKeys.generate();
		assertThat(key).hasSize(32);
		assertThat(CryptoKeys.generate()).isNotEqualTo(key);
		assertThat(CryptoKeys.fromBase64(" " + Base64.getEncoder().encodeToString(key) + "\n")).isEqualTo(key);

		String short16 = Base64.getEncoder().encodeToString(new byte[16]);
		assertThatThrownBy(() -> CryptoKeys.fromBase64(short16))
				.isInstanceOf(IllegalArgumentException.class)
				.hasMessageContaining("实际为 16 字节")
				.hasMessageNotContaining(short16);
		assertThatThrownBy(() -> CryptoKeys.fromBase64("%%%")).isInstanceOf(IllegalArgumentException.class)
				.hasMessageContaining("Base64");
		assertThatThrownBy(() -> CryptoKeys.fromBase64(" ")).isInstanceOf(IllegalArgumentException.class)
				.hasMessageContaining("密钥为空");
	}

	@Test
	void loadOrCreateCreatesOnceThenReturnsTheSameKey(@TempDir Path dir) throws Exception {
		Path keyFile = dir.resolve("data/keys/master.key");

		byte[] created = CryptoKeys.loadOrCreate(keyFile);
		assertThat(created).hasSize(32);
		assertThat(keyFile).exists();
		assertThat(Files.readString(keyFile).strip()).isEqualTo(Base64.getEncoder().encodeToString(created));

		byte[] loaded = CryptoKeys.loadOrCreate(keyFile);
		assertThat(loaded).isEqualTo(created);
		assertThat(new SensitiveDataProtector(loaded).decrypt(new SensitiveDataProtector(created).encrypt(ID)))
				.isEqualTo(ID);
	}

	@Test
	void keyFileIsOwnerReadWriteOnly(@TempDir Path dir) throws Exception {
		assertThat(FileSystems.getDefault().supportedFileAttributeViews()).as("the key file needs POSIX permissions (Linux only)").contains("posix");
		Path keyFile = dir.resolve("master.key");
		CryptoKeys.loadOrCreate(keyFile);
		assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(keyFile))).isEqualTo("rw-------");
	}

	@Test
	void loadReadsTrimmedBase64AndRefusesInvalidContent(@TempDir Path dir) throws Exception {
		byte[] key = CryptoKeys.generate();
		Path keyFile = dir.resolve("given.key");
		Files.writeString(keyFile, "  " + Base64.getEncoder().encodeToString(key) + "\n");
		assertThat(CryptoKeys.loadOrCreate(keyFile)).isEqualTo(key);

		Path broken = dir.resolve("broken.key");
		Files.writeString(broken, "too short");
		assertThatThrownBy(() -> CryptoKeys.loadOrCreate(broken))
				.isInstanceOf(IllegalArgumentException.class)
				.hasMessageContaining("密钥文件内容无效");
	}
}
