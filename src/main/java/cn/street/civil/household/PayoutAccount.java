package cn.street.civil.household;

/**
 * A reference to the household's payout bank account: who holds it, at which bank, and the masked
 * number. The full number is given only by {@link HouseholdDirectory#revealPayoutAccounts}, which is audited.
 */
public record PayoutAccount(long householdId, String bankName, String holder, String maskedNumber) {
}
