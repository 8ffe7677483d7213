package cn.street.civil.household.demo;

import java.time.LocalDate;
import java.util.SplittableRandom;

import cn.street.civil.shared.idcard.Sex;

/**
 * The one random source of a generated community and the draws the demo generator makes from it. Every
 * draw advances the same sequence, so the order of the calls is part of what a seed produces.
 */
final class DemoRandom {

	private final SplittableRandom rnd;

	DemoRandom(long seed) {
		this.rnd = new SplittableRandom(seed);
	}

	double nextDouble() {
		return rnd.nextDouble();
	}

	/** 0 (inclusive) to bound (exclusive). */
	int nextInt(int bound) {
		return rnd.nextInt(bound);
	}

	/** origin (inclusive) to bound (exclusive). */
	int nextInt(int origin, int bound) {
		return rnd.nextInt(origin, bound);
	}

	boolean chance(double p) {
		return rnd.nextDouble() < p;
	}

	/** lo..hi, both inclusive (lo when the range is empty). */
	int between(int lo, int hi) {
		return lo >= hi ? lo : rnd.nextInt(lo, hi + 1);
	}

	/** lo..hi, denser towards lo (the smaller of two uniform draws). */
	int skewLow(int lo, int hi) {
		return lo + (int) ((hi - lo + 1) * Math.min(rnd.nextDouble(), rnd.nextDouble()));
	}

	Sex sex(double male) {
		return chance(male) ? Sex.MALE : Sex.FEMALE;
	}

	/** Any element, all equally likely. */
	String oneOf(String[] values) {
		return values[rnd.nextInt(values.length)];
	}

	/** One of the values, as likely as its weight. */
	int pick(int[] values, double[] weights) {
		return values[index(weights)];
	}

	/** An index into the weights, as likely as its weight. */
	int index(double[] weights) {
		double total = 0;
		for (double w : weights) {
			total += w;
		}
		double r = rnd.nextDouble() * total;
		for (int i = 0; i < weights.length; i++) {
			r -= weights[i];
			if (r < 0) {
				return i;
			}
		}
		return weights.length - 1;
	}

	/** So many decimal digits. */
	String digits(int count) {
		StringBuilder sb = new StringBuilder(count);
		for (int i = 0; i < count; i++) {
			sb.append((char) ('0' + rnd.nextInt(10)));
		}
		return sb.toString();
	}

	/** A day from..to, both inclusive (to when the range is empty). */
	LocalDate date(LocalDate from, LocalDate to) {
		if (!to.isAfter(from)) {
			return to;
		}
		return from.plusDays(rnd.nextLong(to.toEpochDay() - from.toEpochDay() + 1));
	}

}
