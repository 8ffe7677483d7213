package cn.street.civil.community;

import java.util.LinkedHashMap;
import java.util.Map;

import cn.street.civil.shared.demo.DemoDataLoader;

import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Demo mode: the eleven communities of the demo street (DOMAIN.md A3), about 52,000 residents. */
@Component
@Profile("demo")
@Order(10)
class DemoCommunities implements DemoDataLoader {

	/** Name → registered population. */
	static final Map<String, Integer> STREET = new LinkedHashMap<>();

	static {
		STREET.put("洪苑", 5200);
		STREET.put("世纪园", 4800);
		STREET.put("辛甸", 6100);
		STREET.put("上海花园", 4300);
		STREET.put("化纤", 3900);
		STREET.put("七里河", 5600);
		STREET.put("东风", 4700);
		STREET.put("祝甸", 4100);
		STREET.put("洪楼", 5900);
		STREET.put("西周", 3600);
		STREET.put("花园", 3800);
	}

	private final CommunityService communities;

	DemoCommunities(CommunityService communities) {
		this.communities = communities;
	}

	@Override
	public void load() {
		int n = 1;
		for (var entry : STREET.entrySet()) {
			communities.ensure("%03d".formatted(n++), entry.getKey(), entry.getValue());
		}
	}

}
