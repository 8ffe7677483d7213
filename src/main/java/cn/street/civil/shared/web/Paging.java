package cn.street.civil.shared.web;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;

/**
 * Builds a safe {@link Pageable} from request parameters: page size capped, and only whitelisted sort
 * keys (the key users see in the URL mapped to the property queried), so no parameter can reach an
 * arbitrary column or throw.
 */
public final class Paging {

	public static final int DEFAULT_SIZE = 20;

	public static final int MAX_SIZE = 100;

	private Paging() {
	}

	/**
	 * @param sort "key" or "key,desc" as sent by the sortable table headers
	 * @param sortable URL key → entity property
	 */
	public static Pageable of(Integer page, Integer size, String sort, Map<String, String> sortable, Sort fallback) {
		int p = page == null || page < 0 ? 0 : Math.min(page, 100_000);
		int s = size == null || size < 1 ? DEFAULT_SIZE : Math.min(size, MAX_SIZE);
		return PageRequest.of(p, s, parseSort(sort, sortable, fallback));
	}

	/**
	 * For SQL read models: the sort stays in URL keys (a whitelist), which the query class maps to its
	 * own SQL expressions.
	 */
	public static Pageable of(Integer page, Integer size, String sort, Set<String> sortKeys) {
		Map<String, String> identity = new HashMap<>();
		sortKeys.forEach(key -> identity.put(key, key));
		return of(page, size, sort, identity, Sort.unsorted());
	}

	static Sort parseSort(String sort, Map<String, String> sortable, Sort fallback) {
		if (sort == null || sort.isBlank()) {
			return fallback;
		}
		String[] parts = sort.split(",", 2);
		String property = sortable.get(parts[0].trim());
		if (property == null) {
			return fallback;
		}
		boolean desc = parts.length > 1 && parts[1].trim().equalsIgnoreCase("desc");
		return Sort.by(desc ? Sort.Direction.DESC : Sort.Direction.ASC, property).and(fallback);
	}

}
