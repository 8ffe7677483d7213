package cn.street.civil.shared.web;

import java.util.Locale;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.i18n.FixedLocaleResolver;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;

/** The UI speaks Simplified Chinese whatever the browser asks for. */
@Configuration(proxyBeanMethods = false)
class WebConfiguration {

	@Bean
	LocaleResolver localeResolver() {
		return new FixedLocaleResolver(Locale.SIMPLIFIED_CHINESE);
	}

	/**
	 * Keeps Boot from registering the {@link ResourceUrlEncodingFilter} it adds whenever webjars-locator-lite
	 * is on the classpath. That filter resolves every {@code @{…}} link of every page against the classpath
	 * (inside the nested jar) on every render, to rewrite the few WebJar links to versioned URLs, and caches
	 * only the hits: it took half the CPU of a list page. The pages link the version-less WebJar URLs, which
	 * the resource handler still resolves (once, cached) when the browser asks for them.
	 */
	@Bean
	FilterRegistrationBean<ResourceUrlEncodingFilter> resourceUrlEncodingFilter() {
		FilterRegistrationBean<ResourceUrlEncodingFilter> registration = new FilterRegistrationBean<>(
				new ResourceUrlEncodingFilter());
		registration.setEnabled(false);
		return registration;
	}

}
