package cn.street.civil.standard.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import cn.street.civil.standard.StandardParameter;

/**
 * A parameter and one of its dimensions (or none): what has one value per month. In URLs and forms it is
 * written {@code DIBAO_STANDARD.URBAN} or {@code PUBLICITY_DAYS}.
 */
record StandardItem(StandardParameter parameter, String dimension) {

	StandardItem {
		if (!parameter.dimension().accepts(dimension)) {
			throw new IllegalArgumentException(parameter + " has no dimension " + dimension);
		}
	}

	/** Every item, in the order of the page: by parameter, then by the dimension's codes. */
	static List<StandardItem> all() {
		List<StandardItem> items = new ArrayList<>();
		for (StandardParameter p : StandardParameter.values()) {
			if (p.dimension().codes().isEmpty()) {
				items.add(new StandardItem(p, null));
			}
			else {
				p.dimension().codes().forEach(d -> items.add(new StandardItem(p, d)));
			}
		}
		return items;
	}

	/** The item a code names, if it is one. */
	static Optional<StandardItem> parse(String code) {
		if (code == null || code.isBlank()) {
			return Optional.empty();
		}
		String[] parts = code.trim().split("\\.", 2);
		try {
			StandardParameter parameter = StandardParameter.valueOf(parts[0]);
			String dimension = parts.length > 1 ? parts[1] : null;
			return parameter.dimension().accepts(dimension) ? Optional.of(new StandardItem(parameter, dimension))
					: Optional.empty();
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
	}

	public String code() {
		return dimension == null ? parameter.name() : parameter.name() + "." + dimension;
	}

	/** The dimension as stored in the key columns: '' for none (as the exclusion constraint compares it). */
	String dimensionKey() {
		return dimension == null ? "" : dimension;
	}

	/** Position on the page. */
	int order() {
		int d = dimension == null ? 0 : parameter.dimension().codes().indexOf(dimension);
		return parameter.ordinal() * 100 + d;
	}

}
