package cn.street.civil.household;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;

import cn.street.civil.shared.security.DataScope;

/**
 * The registry's read API for the programmes (低保, 特困, 优抚, 残疾人, 养老, 发放). Every method takes the
 * caller's {@link DataScope}: a record outside it is simply not found. Full 身份证号 and bank account
 * numbers leave the registry only through the two {@code reveal…} methods, each call one audit entry.
 * <p>
 * For set-based work in SQL (a monthly roster as {@code INSERT … SELECT}) the registry also publishes
 * read-only views: {@code registry_person}, {@code registry_household} and {@code registry_membership}
 * (see the migration {@code V202612012310__household_registry_views.sql}); programmes read those, never the
 * registry's tables.
 */
public interface HouseholdDirectory {

	Optional<PersonSummary> person(long personId, DataScope scope);

	/** Several persons at once (one query), keyed by id; ids outside the scope are left out. */
	Map<Long, PersonSummary> persons(Collection<Long> personIds, DataScope scope);

	/** The person registered with this 身份证号 (typed in any form the registry accepts), if in scope. */
	Optional<PersonSummary> personByIdNumber(String idNumber, DataScope scope);

	/** Whether the person's stored 身份证号 is this one (for numbers built on it, e.g. the 残疾人证号). */
	boolean hasIdNumber(long personId, String idNumber);

	/** The household with the members it had on {@code on}. */
	Optional<HouseholdSnapshot> household(long householdId, LocalDate on, DataScope scope);

	/** The household the person belonged to on {@code on}, with its members of that day. */
	Optional<HouseholdSnapshot> householdOf(long personId, LocalDate on, DataScope scope);

	Optional<PayoutAccount> payoutAccount(long householdId, DataScope scope);

	/**
	 * The full account numbers of these households (those in scope that have one), for a bank file. One
	 * audit entry names the purpose and the number of accounts revealed.
	 */
	Map<Long, String> revealPayoutAccounts(Collection<Long> householdIds, String purpose, DataScope scope);

	/** The full 身份证号 of these persons, for a bank file; audited like {@link #revealPayoutAccounts}. */
	Map<Long, String> revealIdNumbers(Collection<Long> personIds, String purpose, DataScope scope);

}
