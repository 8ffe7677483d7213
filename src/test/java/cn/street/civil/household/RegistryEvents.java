package cn.street.civil.household;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Stands in for the programmes in tests: records what the registry announced. */
@Component
class RegistryEvents {

	final List<PersonDeceased> deceased = new CopyOnWriteArrayList<>();

	final List<PersonMovedOut> movedOut = new CopyOnWriteArrayList<>();

	@EventListener
	void on(PersonDeceased event) {
		deceased.add(event);
	}

	@EventListener
	void on(PersonMovedOut event) {
		movedOut.add(event);
	}

}
