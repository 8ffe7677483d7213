package cn.street.civil.household.internal;

import java.util.HashSet;
import java.util.Set;

import cn.street.civil.community.CommunityDirectory;
import cn.street.civil.community.CommunityRef;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * 户号 for new households, the one place they are made: the community's code and six digits of
 * {@code household_no_seq}, e.g. 001-000123, skipping numbers already taken (by an import or a typed 户号).
 * Registration, 分户 and the demo street all number households here.
 */
@Component
public class HouseholdNumbers {

	/** For a community without a code (never in practice: the code is required). */
	static final String NO_CODE = "000";

	private final HouseholdRepository households;

	private final CommunityDirectory communities;

	private final JdbcClient jdbc;

	HouseholdNumbers(HouseholdRepository households, CommunityDirectory communities, JdbcClient jdbc) {
		this.households = households;
		this.communities = communities;
		this.jdbc = jdbc;
	}

	/** The next free 户号 of the community. */
	public String next(long communityId) {
		String code = communities.byId(communityId).map(CommunityRef::code).orElse(NO_CODE);
		String number;
		do {
			number = format(code, households.nextNumber());
		}
		while (households.existsByHouseholdNo(number));
		return number;
	}

	/**
	 * Numbers for many new households at once (the demo street), without a query each: the taken numbers
	 * are read once and the sequence is moved past the last one given by {@link Batch#finish()}. Use inside
	 * one transaction.
	 */
	public Batch batch() {
		Set<String> taken = new HashSet<>(jdbc.sql("select household_no from household").query(String.class).list());
		return new Batch(taken, households.nextNumber());
	}

	static String format(String communityCode, long sequence) {
		return communityCode + "-" + "%06d".formatted(sequence);
	}

	/** Numbers from one sequence value on, skipping taken ones; see {@link HouseholdNumbers#batch()}. */
	public final class Batch {

		private final Set<String> taken;

		private long next;

		private long last;

		private Batch(Set<String> taken, long first) {
			this.taken = taken;
			this.next = first;
		}

		/** The next free 户号 for a community with this code. */
		public String next(String communityCode) {
			String number;
			do {
				last = next++;
				number = format(communityCode, last);
			}
			while (!taken.add(number));
			return number;
		}

		/** Moves household_no_seq past the last number given, unless something else already took it further. */
		public void finish() {
			if (last > 0) {
				jdbc.sql("select setval('household_no_seq', greatest(:n, (select last_value from household_no_seq)))")
					.param("n", last)
					.query(Long.class)
					.single();
			}
		}

	}

}
