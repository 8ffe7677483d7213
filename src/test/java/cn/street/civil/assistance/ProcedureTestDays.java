package cn.street.civil.assistance;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import cn.street.civil.support.MutableClock;

/** Puts the application's clock on a given office day, 10:00 in Shanghai (tests reset it afterwards). */
final class ProcedureTestDays {

	private ProcedureTestDays() {
	}

	static void today(MutableClock clock, String isoDay) {
		clock.reset();
		Instant target = LocalDate.parse(isoDay).atTime(10, 0).atZone(ZoneId.of("Asia/Shanghai")).toInstant();
		clock.advance(Duration.between(Instant.now(), target));
	}

}
