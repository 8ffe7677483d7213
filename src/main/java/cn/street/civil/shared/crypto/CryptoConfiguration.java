package cn.street.civil.shared.crypto;

import java.nio.file.Path;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.StringUtils;

/**
 * The key for 身份证号 and bank account encryption: {@code CIVIL_CRYPTO_KEY} (Base64 of 32 bytes), or a key
 * file that demo mode creates under the data directory. Without either the application refuses to
 * start: there is no built-in key.
 */
@Configuration(proxyBeanMethods = false)
class CryptoConfiguration {

	@Bean
	SensitiveDataProtector sensitiveDataProtector(@Value("${civil.crypto.key:}") String base64Key,
			@Value("${civil.crypto.key-file:}") String keyFile) {
		if (StringUtils.hasText(base64Key)) {
			return new SensitiveDataProtector(CryptoKeys.fromBase64(base64Key.trim()));
		}
		if (StringUtils.hasText(keyFile)) {
			return new SensitiveDataProtector(CryptoKeys.loadOrCreate(Path.of(keyFile)));
		}
		throw new IllegalStateException("""
				未配置敏感数据加密密钥：请设置环境变量 CIVIL_CRYPTO_KEY（32 字节密钥的 Base64，可用 openssl rand -base64 32 生成）。
				No encryption key for sensitive personal data: set CIVIL_CRYPTO_KEY (Base64 of 32 random bytes).""");
	}

}
