package cn.street.civil.payout.batch;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import cn.street.civil.payout.spi.PayoutProgramme;
import cn.street.civil.shared.web.NotFoundException;

/** Every programme that plugged into the payout, in their order. */
@Component
public class PayoutProgrammes {

	private final Map<String, PayoutProgramme> byCode = new LinkedHashMap<>();

	PayoutProgrammes(List<PayoutProgramme> programmes) {
		programmes.stream()
			.sorted(Comparator.comparingInt(PayoutProgramme::order).thenComparing(PayoutProgramme::code))
			.forEach(p -> {
				if (byCode.putIfAbsent(p.code(), p) != null) {
					throw new IllegalStateException("two payout programmes with the code " + p.code());
				}
			});
	}

	public List<PayoutProgramme> all() {
		return List.copyOf(byCode.values());
	}

	public List<String> codes() {
		return List.copyOf(byCode.keySet());
	}

	public PayoutProgramme get(String code) {
		PayoutProgramme programme = code == null ? null : byCode.get(code);
		if (programme == null) {
			throw new NotFoundException("PayoutProgramme", code);
		}
		return programme;
	}

	public boolean exists(String code) {
		return code != null && byCode.containsKey(code);
	}

}
