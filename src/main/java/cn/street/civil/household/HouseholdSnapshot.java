package cn.street.civil.household;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A household as it stood on {@code on}: its community, 城乡 type, address, head and the members of that
 * day (ordered head first, then by birth date), and its payout account reference if it has one.
 */
public record HouseholdSnapshot(long id, String householdNo, long communityId, ResidenceType residenceType,
		String address, boolean active, LocalDate on, List<HouseholdMember> members, PayoutAccount payoutAccount) {

	public HouseholdSnapshot {
		members = List.copyOf(members);
	}

	public Optional<HouseholdMember> head() {
		return members.stream().filter(HouseholdMember::head).findFirst();
	}

	public Optional<HouseholdMember> member(long personId) {
		return members.stream().filter(m -> m.personId() == personId).findFirst();
	}

	public Optional<PayoutAccount> account() {
		return Optional.ofNullable(payoutAccount);
	}

}
