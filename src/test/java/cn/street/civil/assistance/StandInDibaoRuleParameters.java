package cn.street.civil.assistance;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.EnumMap;
import java.util.Map;

import cn.street.civil.assistance.dibao.AddOnCondition;
import cn.street.civil.assistance.dibao.DibaoRuleParameters;
import cn.street.civil.household.ResidenceType;
import cn.street.civil.standard.AddOnRule;
import cn.street.civil.standard.SinglePersonRule;

import org.springframework.context.annotation.Primary;
import org.springframework.stereotype.Component;

/**
 * Stands in for the 分类施保 / 单人保 / 低保边缘 rules in the shared test context, as {@link StandInDibaoParameters}
 * does for S: by default no add-ons, 单人保 as S − own income and 1.5 × S, so the other tests compute with S alone.
 * A test that sets rules calls {@link #reset()} afterwards. The real adapter is tested on the demo rows in
 * {@link DibaoRulesStandardsIntegrationTests}.
 */
@Component
@Primary
public class StandInDibaoRuleParameters implements DibaoRuleParameters {

	private volatile int elderlyAge;

	private final Map<AddOnCondition, AddOnTerms> addOns = new EnumMap<>(AddOnCondition.class);

	private volatile SinglePersonTerms single;

	private volatile BigDecimal edgeMultiplier;

	public StandInDibaoRuleParameters() {
		reset();
	}

	public synchronized void reset() {
		elderlyAge = 60;
		addOns.clear();
		single = new SinglePersonTerms(SinglePersonRule.STANDARD_MINUS_INCOME, null);
		edgeMultiplier = new BigDecimal("1.5");
	}

	public synchronized void elderlyAge(int age) {
		elderlyAge = age;
	}

	public synchronized void fixed(AddOnCondition condition, String amount) {
		addOns.put(condition, new AddOnTerms(AddOnRule.FIXED_AMOUNT, new BigDecimal(amount)));
	}

	public synchronized void share(AddOnCondition condition, String share) {
		addOns.put(condition, new AddOnTerms(AddOnRule.SHARE_OF_STANDARD, new BigDecimal(share)));
	}

	public void singlePersonFixed(String amount) {
		single = new SinglePersonTerms(SinglePersonRule.FIXED_AMOUNT, new BigDecimal(amount));
	}

	public void edgeMultiplier(String multiplier) {
		edgeMultiplier = new BigDecimal(multiplier);
	}

	@Override
	public int elderlyAge(YearMonth month) {
		return elderlyAge;
	}

	@Override
	public synchronized AddOnTerms addOn(AddOnCondition condition, YearMonth month) {
		return addOns.getOrDefault(condition, AddOnTerms.NONE);
	}

	@Override
	public SinglePersonTerms singlePerson(ResidenceType residenceType, YearMonth month) {
		return single;
	}

	@Override
	public BigDecimal edgeIncomeMultiplier(YearMonth month) {
		return edgeMultiplier;
	}

}
