package cn.street.civil.care.internal;

import cn.street.civil.household.PersonDeceased;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * A recipient's death, reported by the registry: the entitlement stops from the next month and the 丧葬补助 goes on
 * the caseworkers' to-do list. Asynchronous, after the registry's commit, in its own transaction (not lost if it
 * fails).
 */
@Component
class CareDeaths {

	private final CareService service;

	CareDeaths(CareService service) {
		this.service = service;
	}

	@ApplicationModuleListener
	void on(PersonDeceased event) {
		service.died(event.personId(), event.communityId(), event.date());
	}

}
