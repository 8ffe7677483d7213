package cn.street.civil.shared.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.ReloadableResourceBundleMessageSource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * One message bundle per module: {@code messages.properties} holds what the layout and every page share,
 * each module adds {@code messages/<module>.properties} and nothing else has to be edited. Keys are
 * namespaced by module ({@code household.*}, audit labels as {@code audit.action.<module>.<ACTION>}), so
 * two programmes' {@code APPROVED} do not collide.
 */
@Configuration(proxyBeanMethods = false)
class MessagesConfiguration {

	static final String SHARED_BUNDLE = "classpath:messages";

	static final String MODULE_BUNDLES = "classpath*:messages/*.properties";

	@Bean
	MessageSource messageSource() {
		ReloadableResourceBundleMessageSource source = new ReloadableResourceBundleMessageSource();
		source.setBasenames(basenames().toArray(String[]::new));
		source.setDefaultEncoding("UTF-8");
		source.setFallbackToSystemLocale(false);
		return source;
	}

	/** The shared bundle, then every module bundle found on the classpath (locale variants excluded). */
	static List<String> basenames() {
		List<String> names = new ArrayList<>();
		names.add(SHARED_BUNDLE);
		try {
			for (Resource bundle : new PathMatchingResourcePatternResolver().getResources(MODULE_BUNDLES)) {
				String file = bundle.getFilename();
				if (file != null && !file.contains("_")) {
					String name = "classpath:messages/" + file.substring(0, file.length() - ".properties".length());
					if (!names.contains(name)) {
						names.add(name);
					}
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot list the message bundles " + MODULE_BUNDLES, ex);
		}
		return names;
	}

}
