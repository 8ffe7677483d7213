package cn.street.civil.household;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Stands in for a programme the way a real one listens: {@code @ApplicationModuleListener}, after the
 * registry's commit, through the event publication registry. It can be told to fail for some persons.
 */
@Component
class ProgrammeStandIn {

	private final List<RegistryEvent> received = new CopyOnWriteArrayList<>();

	private final Set<Long> failDeathOf = ConcurrentHashMap.newKeySet();

	private final List<Long> deathsHandled = new CopyOnWriteArrayList<>();

	// accessed through methods: the bean is a proxy (the listeners are asynchronous and transactional)

	public List<RegistryEvent> received() {
		return received;
	}

	public List<Long> deathsHandled() {
		return deathsHandled;
	}

	public void failOnDeathOf(long personId) {
		failDeathOf.add(personId);
	}

	public void stopFailing(long personId) {
		failDeathOf.remove(personId);
	}

	@ApplicationModuleListener
	void on(RegistryEvent event) {
		received.add(event);
	}

	@ApplicationModuleListener
	void onDeath(PersonDeceased event) {
		if (failDeathOf.contains(event.personId())) {
			throw new IllegalStateException("programme stand-in fails on the death of " + event.personId());
		}
		deathsHandled.add(event.personId());
	}

}
