package cn.street.civil.assistance.casework;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

import cn.street.civil.assistance.AssistanceEntitlements;
import cn.street.civil.assistance.Entitlement;
import cn.street.civil.household.HouseholdDirectory;
import cn.street.civil.shared.security.DataScope;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * {@link AssistanceEntitlements} for every programme, read from the dated amount decisions
 * ({@link CaseChange}, the view {@code assistance_payment_period}): a month pays the change in force then, if
 * it pays anything.
 */
@Component
@Transactional(readOnly = true)
class CaseEntitlements implements AssistanceEntitlements {

	private final AssistanceCaseRepository cases;

	private final CaseChangeRepository changes;

	private final HouseholdDirectory directory;

	private final JdbcClient jdbc;

	CaseEntitlements(AssistanceCaseRepository cases, CaseChangeRepository changes, HouseholdDirectory directory,
			JdbcClient jdbc) {
		this.cases = cases;
		this.changes = changes;
		this.directory = directory;
		this.jdbc = jdbc;
	}

	@Override
	public Optional<Entitlement> entitlement(long caseId, YearMonth month, DataScope scope) {
		return cases.findById(caseId)
			.filter(c -> scope.includes(c.getCommunityId()) && c.paysFor(month))
			.flatMap(c -> changes.inForce(caseId, month.atDay(1))
				.filter(ch -> ch.getMonthlyAmount().signum() > 0)
				.map(ch -> new Entitlement(caseId, c.getProgramme().name(), c.getHouseholdId(), c.getCommunityId(),
						month, ch.getMonthlyAmount(), breakdown(ch.amount()),
						directory.payoutAccount(c.getHouseholdId(), scope).orElse(null))));
	}

	@Override
	public List<Entitlement> entitlements(YearMonth month, DataScope scope) {
		// One query for the amounts; the payout issue's batch generation joins the same view in SQL instead.
		return jdbc.sql("""
				select p.case_id, p.programme, p.household_id, p.community_id, p.standard_amount, p.covered_count,
				       p.counted_income, p.rounding, p.base_amount, p.add_ons, p.care_amount, p.monthly_amount
				from assistance_payment_period p
				where p.from_month <= :month and (p.until_month is null or p.until_month > :month)
				  and p.monthly_amount > 0 and (:all or p.community_id in (:scopeIds))
				order by p.case_id
				""")
			.param("month", month.atDay(1))
			.param("all", scope.all())
			.param("scopeIds", scope.idsForQuery())
			.query((rs, n) -> {
				String rounding = rs.getString("rounding");
				CaseAmount amount = new CaseAmount(rs.getBigDecimal("standard_amount"),
						(Integer) rs.getObject("covered_count"), rs.getBigDecimal("counted_income"),
						rounding == null ? null : cn.street.civil.standard.RoundingRule.valueOf(rounding),
						rs.getBigDecimal("base_amount"), rs.getBigDecimal("add_ons"), rs.getBigDecimal("care_amount"));
				long household = rs.getLong("household_id");
				return new Entitlement(rs.getLong("case_id"), rs.getString("programme"), household,
						rs.getLong("community_id"), month, rs.getBigDecimal("monthly_amount"), breakdown(amount),
						directory.payoutAccount(household, scope).orElse(null));
			})
			.list();
	}

	private static Entitlement.Breakdown breakdown(CaseAmount a) {
		return new Entitlement.Breakdown(a.standard(), a.covered() == null ? 0 : a.covered(), a.countedIncome(),
				a.rounding() == null ? null : a.rounding().name(), a.base(), a.addOns(), a.care());
	}


}
