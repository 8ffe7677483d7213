package cn.street.civil.elderly.homecare;


import cn.street.civil.household.PersonDeceased;
import cn.street.civil.household.PersonMovedOut;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Death and moving out of the street end the elder's home-care entitlement from the next month and cancel the orders
 * planned or dispatched after that day (served orders stay: they are settled as usual). Asynchronous, after the
 * registry's commit, in its own transaction.
 */
@Component
class HomeCareRegistryListener {

	private final HomeCareService service;

	HomeCareRegistryListener(HomeCareService service) {
		this.service = service;
	}

	@ApplicationModuleListener
	void on(PersonDeceased event) {
		service.endByRegistry(event.personId(), event.communityId(), event.date(), "homecare.registry.deceased");
	}

	@ApplicationModuleListener
	void on(PersonMovedOut event) {
		service.endByRegistry(event.personId(), event.communityId(), event.date(), "homecare.registry.moved-out");
	}

}
