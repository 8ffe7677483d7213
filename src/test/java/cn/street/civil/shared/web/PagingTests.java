package cn.street.civil.shared.web;

import java.util.List;
import java.util.stream.IntStream;

import cn.street.civil.shared.persistence.RowCount;
import org.junit.jupiter.api.Test;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;

import static org.assertj.core.api.Assertions.assertThat;

class PagingTests {

	static final Pageable FIRST = PageRequest.of(0, 20);

	@Test
	void anExactCountGivesAnOrdinaryPageWithoutTheExtraRow() {
		Page<Integer> page = Paging.page(rows(0, 21), FIRST, RowCount.exact(250));
		assertThat(page).isNotInstanceOf(EstimatedPage.class);
		assertThat(page.getContent()).hasSize(20);
		assertThat(page.getTotalElements()).isEqualTo(250);
		assertThat(page.getTotalPages()).isEqualTo(13);
		assertThat(Paging.limitWithNext(FIRST)).isEqualTo(21);
	}

	@Test
	void anEstimateIsKeptWhileMoreRowsFollowAndNextIsKnownFromTheExtraRow() {
		Page<Integer> page = Paging.page(rows(0, 21), FIRST, new RowCount(19_568, RowCount.Kind.ESTIMATE));
		assertThat(page).isInstanceOf(EstimatedPage.class);
		EstimatedPage<Integer> estimated = (EstimatedPage<Integer>) page;
		assertThat(estimated.getContent()).hasSize(20);
		assertThat(estimated.hasNext()).isTrue();
		assertThat(estimated.isLowerBoundOnly()).isFalse();
		assertThat(estimated.getApproximateTotal()).isEqualTo(19_600);
	}

	@Test
	void theLastPageMakesTheTotalExactWhateverTheEstimateSaid() {
		Pageable last = PageRequest.of(978, 20);
		Page<Integer> page = Paging.page(rows(19_560, 8), last, new RowCount(19_200, RowCount.Kind.ESTIMATE));
		assertThat(page).isNotInstanceOf(EstimatedPage.class);
		assertThat(page.getTotalElements()).isEqualTo(19_568);
		assertThat(page.isLast()).isTrue();
	}

	@Test
	void aLowEstimateNeverHidesTheNextPage() {
		Pageable beyondEstimate = PageRequest.of(60, 20);
		Page<Integer> page = Paging.page(rows(1_200, 21), beyondEstimate, new RowCount(1_001, RowCount.Kind.ESTIMATE));
		assertThat(page.hasNext()).isTrue();
		assertThat(page.getTotalPages()).isGreaterThan(61);
	}

	@Test
	void moreThanTheLimitIsOnlyALowerBound() {
		Page<Integer> page = Paging.page(rows(0, 21), FIRST, new RowCount(1_001, RowCount.Kind.MORE_THAN_LIMIT));
		assertThat(((EstimatedPage<Integer>) page).isLowerBoundOnly()).isTrue();
		assertThat(((EstimatedPage<Integer>) page).getExactLimit()).isEqualTo(1_000);
	}

	@Test
	void anEmptyPageBeyondTheEndKeepsTheEstimate() {
		Page<Integer> page = Paging.page(List.of(), PageRequest.of(5_000, 20), new RowCount(19_568, RowCount.Kind.ESTIMATE));
		assertThat(page.getTotalElements()).isEqualTo(19_568);
		assertThat(page.hasNext()).isFalse();
	}

	@Test
	void approximateTotalsKeepThreeSignificantDigits() {
		assertThat(estimate(1_001)).isEqualTo(1_000);
		assertThat(estimate(5_583)).isEqualTo(5_580);
		assertThat(estimate(52_000)).isEqualTo(52_000);
		assertThat(estimate(1_234_567)).isEqualTo(1_230_000);
	}

	private static long estimate(long total) {
		return ((EstimatedPage<Integer>) Paging.page(rows(0, 21), FIRST, new RowCount(total, RowCount.Kind.ESTIMATE)))
			.getApproximateTotal();
	}

	private static List<Integer> rows(int from, int count) {
		return IntStream.range(from, from + count).boxed().toList();
	}

}
