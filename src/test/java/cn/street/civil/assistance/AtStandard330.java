package cn.street.civil.assistance;

import cn.street.civil.standard.RoundingRule;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

import org.springframework.beans.factory.annotation.Autowired;

/**
 * The setup of the 低保 amount tests that run through the pages: S = 330 rounded half up to the fen, the stand-in
 * rule parameters reset before and after (the rest as {@link AtStandard}). The subclass is the
 * {@code @IntegrationTest}.
 */
abstract class AtStandard330 extends AtStandard {

	@Autowired
	StandInDibaoRuleParameters rules;

	AtStandard330() {
		super("330", RoundingRule.ROUND_HALF_UP_FEN);
	}

	@BeforeEach
	void resetRulesBefore() {
		rules.reset();
	}

	@AfterEach
	void resetRulesAfter() {
		rules.reset();
	}

}
