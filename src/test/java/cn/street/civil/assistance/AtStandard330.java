package cn.street.civil.assistance;

import java.time.Clock;

import cn.street.civil.standard.RoundingRule;
import cn.street.civil.support.MutableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The setup of the 低保 amount tests that run through the pages: S = 330 rounded half up to the fen, 7 notice
 * days, the stand-in rule parameters reset; afterwards the clock, the rules and the default standard (632, 元
 * up) back. The subclass is the {@code @IntegrationTest}.
 */
abstract class AtStandard330 {

	@Autowired
	DibaoTestClient client;

	@Autowired
	StandInDibaoParameters parameters;

	@Autowired
	StandInDibaoRuleParameters rules;

	@Autowired
	AssistanceEntitlements entitlements;

	@Autowired
	MutableClock clock;

	@Autowired
	Clock appClock;

	@Autowired
	JdbcClient jdbc;

	@BeforeEach
	void standard330() {
		parameters.set("330", RoundingRule.ROUND_HALF_UP_FEN, 7);
		rules.reset();
	}

	@AfterEach
	void reset() {
		clock.reset();
		rules.reset();
		parameters.set("632", RoundingRule.CEIL_YUAN, 7);
	}

}
