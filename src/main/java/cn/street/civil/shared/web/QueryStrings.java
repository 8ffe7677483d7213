package cn.street.civil.shared.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;

/** Rebuilds a GET request's query string without some parameters, for paging and sorting links. */
final class QueryStrings {

	private QueryStrings() {
	}

	static String without(HttpServletRequest request, Set<String> excluded) {
		if (!"GET".equals(request.getMethod())) {
			return "";
		}
		StringBuilder sb = new StringBuilder();
		request.getParameterMap().forEach((name, values) -> {
			if (excluded.contains(name) || name.startsWith("_")) {
				return;
			}
			for (String value : values) {
				if (value != null && !value.isEmpty()) {
					sb.append(encode(name)).append('=').append(encode(value)).append('&');
				}
			}
		});
		return sb.toString();
	}

	private static String encode(String s) {
		return URLEncoder.encode(s, StandardCharsets.UTF_8);
	}

}
