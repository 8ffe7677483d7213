package cn.street.civil.shared.web;

import java.util.List;

import cn.street.civil.shared.persistence.RowCount;

import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;

/**
 * A page of a list of more than {@link RowCount#EXACT_LIMIT} matches whose total was not counted: an estimate, or
 * only known to be more than the limit. Whether a next page exists is still known exactly (the query fetched one
 * row more than the page shows). The pagination fragment shows "共约 19,600 条" or "超过 1,000 条", and no page
 * count.
 */
public final class EstimatedPage<T> extends PageImpl<T> {

	private final boolean hasMore;

	private final boolean lowerBoundOnly;

	EstimatedPage(List<T> content, Pageable pageable, long total, boolean lowerBoundOnly, boolean hasMore) {
		super(content, pageable, total);
		this.lowerBoundOnly = lowerBoundOnly;
		this.hasMore = hasMore;
	}

	/** True when the total is only known to exceed {@link #getExactLimit()}; false for an estimate. */
	public boolean isLowerBoundOnly() {
		return lowerBoundOnly;
	}

	public int getExactLimit() {
		return RowCount.EXACT_LIMIT;
	}

	/** The estimate to three significant digits: 19,568 → 19,600. */
	public long getApproximateTotal() {
		long total = getTotalElements();
		long unit = 1;
		while (total / unit >= 1_000) {
			unit *= 10;
		}
		return Math.round((double) total / unit) * unit;
	}

	@Override
	public boolean hasNext() {
		return hasMore;
	}

	@Override
	public boolean isLast() {
		return !hasMore;
	}

}
