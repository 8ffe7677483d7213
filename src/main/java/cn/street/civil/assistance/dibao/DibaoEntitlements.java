package cn.street.civil.assistance.dibao;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

import cn.street.civil.assistance.AssistanceEntitlements;
import cn.street.civil.assistance.Entitlement;
import cn.street.civil.assistance.casework.AssistanceCase;
import cn.street.civil.assistance.casework.AssistanceCaseRepository;
import cn.street.civil.assistance.casework.CaseState;
import cn.street.civil.assistance.casework.Programme;
import cn.street.civil.household.HouseholdDirectory;
import cn.street.civil.shared.security.DataScope;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** {@link AssistanceEntitlements} for 低保: the amount fixed at the confirmation, for each month it pays. */
@Component
@Transactional(readOnly = true)
class DibaoEntitlements implements AssistanceEntitlements {

	private final AssistanceCaseRepository cases;

	private final HouseholdDirectory directory;

	DibaoEntitlements(AssistanceCaseRepository cases, HouseholdDirectory directory) {
		this.cases = cases;
		this.directory = directory;
	}

	@Override
	public Optional<Entitlement> entitlement(long caseId, YearMonth month, DataScope scope) {
		return cases.findInScope(caseId, Programme.DIBAO, scope)
			.filter(c -> c.paysFor(month))
			.map(c -> entitlement(c, month, scope));
	}

	@Override
	public List<Entitlement> entitlements(YearMonth month, DataScope scope) {
		return cases.findByProgrammeAndStateIn(Programme.DIBAO, List.of(CaseState.CONFIRMED, CaseState.TERMINATED))
			.stream()
			.filter(c -> scope.includes(c.getCommunityId()) && c.paysFor(month))
			.map(c -> entitlement(c, month, scope))
			.toList();
	}

	private Entitlement entitlement(AssistanceCase c, YearMonth month, DataScope scope) {
		BigDecimal addOns = BigDecimal.ZERO.setScale(2);
		Entitlement.Breakdown breakdown = new Entitlement.Breakdown(c.getStandardAmount(), c.getCoveredCount(),
				c.getCountedIncome(), c.getRounding(), c.getMonthlyAmount().subtract(addOns), addOns);
		return new Entitlement(c.getId(), c.getProgramme().name(), c.getHouseholdId(), c.getCommunityId(), month,
				c.getMonthlyAmount(), breakdown, directory.payoutAccount(c.getHouseholdId(), scope).orElse(null));
	}

}
