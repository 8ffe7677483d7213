package cn.street.civil.assistance;

import java.time.Clock;

import cn.street.civil.standard.RoundingRule;
import cn.street.civil.support.MutableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The setup of the assistance tests that run through the pages: the test client, the 低保 standard the subclass
 * names (7 notice days) before each test; afterwards the clock and the default standard (632, 元 up) back. The
 * subclass is the {@code @IntegrationTest}.
 */
abstract class AtStandard {

	@Autowired
	DibaoTestClient client;

	@Autowired
	StandInDibaoParameters parameters;

	@Autowired
	AssistanceEntitlements entitlements;

	@Autowired
	MutableClock clock;

	@Autowired
	Clock appClock;

	@Autowired
	JdbcClient jdbc;

	private final String standard;

	private final RoundingRule rounding;

	AtStandard(String standard, RoundingRule rounding) {
		this.standard = standard;
		this.rounding = rounding;
	}

	@BeforeEach
	void setStandard() {
		parameters.set(standard, rounding, 7);
	}

	@AfterEach
	void restoreClockAndStandard() {
		clock.reset();
		parameters.set("632", RoundingRule.CEIL_YUAN, 7);
	}

}
