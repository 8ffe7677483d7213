package cn.street.civil.elderly.allowance;

import cn.street.civil.household.PersonDeceased;
import cn.street.civil.household.PersonMovedOut;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Death and moving out of the street (户籍迁出) stop the 高龄补贴 from the month after the event's date. Asynchronous,
 * after the registry's commit, in its own transaction (the event stays registered until this succeeds).
 */
@Component
class AllowanceRegistryListener {

	private final AllowanceService service;

	AllowanceRegistryListener(AllowanceService service) {
		this.service = service;
	}

	@ApplicationModuleListener
	void on(PersonDeceased event) {
		service.stopByRegistry(event.personId(), event.communityId(), event.date(), StopReason.DECEASED);
	}

	@ApplicationModuleListener
	void on(PersonMovedOut event) {
		service.stopByRegistry(event.personId(), event.communityId(), event.date(), StopReason.MOVED_OUT);
	}

}
