package cn.street.civil.shared.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;

import org.junit.jupiter.api.Test;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import static org.assertj.core.api.Assertions.assertThat;

/** Every module's bundle is found, and a key lives in one bundle only (else which one wins is luck). */
class MessageBundlesTests {

	@Test
	void theSharedBundleComesFirstThenEveryModuleBundle() {
		assertThat(MessagesConfiguration.basenames()).first().isEqualTo("classpath:messages");
		assertThat(MessagesConfiguration.basenames()).contains("classpath:messages/household");
	}

	@Test
	void noKeyIsDefinedInTwoBundles() throws IOException {
		PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();
		Map<String, String> owner = new HashMap<>();
		Map<String, String> clashes = new HashMap<>();
		for (String pattern : new String[] { "classpath:messages.properties", MessagesConfiguration.MODULE_BUNDLES }) {
			for (Resource bundle : resolver.getResources(pattern)) {
				Properties keys = new Properties();
				try (InputStream in = bundle.getInputStream()) {
					keys.load(new InputStreamReader(in, StandardCharsets.UTF_8));
				}
				for (String key : keys.stringPropertyNames()) {
					String previous = owner.putIfAbsent(key, bundle.getFilename());
					if (previous != null) {
						clashes.put(key, previous + " and " + bundle.getFilename());
					}
				}
			}
		}
		assertThat(owner).containsKeys("app.name", "household.title", "audit.action.household.REGISTERED");
		assertThat(clashes).isEmpty();
	}

}
