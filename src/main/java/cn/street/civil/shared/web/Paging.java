package cn.street.civil.shared.web;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import cn.street.civil.shared.persistence.RowCount;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
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

	/** The row limit for a list counted with {@link RowCount}: one more than the page, to know whether one follows. */
	public static int limitWithNext(Pageable pageable) {
		return pageable.getPageSize() + 1;
	}

	/**
	 * The page of a list counted with {@link RowCount}, from the rows fetched with {@link #limitWithNext}. The
	 * total is exact when it was counted, and also when this page turns out to be the last; otherwise the page is
	 * an {@link EstimatedPage}.
	 */
	public static <T> Page<T> page(List<T> rowsWithNext, Pageable pageable, RowCount count) {
		boolean hasMore = rowsWithNext.size() > pageable.getPageSize();
		List<T> content = hasMore ? rowsWithNext.subList(0, pageable.getPageSize()) : rowsWithNext;
		if (count.isExact()) {
			return new PageImpl<>(content, pageable, count.value());
		}
		long seen = pageable.getOffset() + content.size();
		if (!hasMore && !content.isEmpty()) {
			return new PageImpl<>(content, pageable, seen);
		}
		// an empty page beyond the end proves nothing about the total: keep what was counted
		long total = content.isEmpty() ? count.value() : Math.max(count.value(), seen + (hasMore ? 1 : 0));
		return new EstimatedPage<>(content, pageable, total, count.kind() == RowCount.Kind.MORE_THAN_LIMIT, hasMore);
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
