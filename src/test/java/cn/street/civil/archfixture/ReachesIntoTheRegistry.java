package cn.street.civil.archfixture;

import cn.street.civil.household.internal.Person;

/**
 * Not a test: a deliberate boundary violation (a "programme" holding a registry entity), which
 * {@code RegistryBoundaryTests} must refuse. Lives in the test sources only.
 */
class ReachesIntoTheRegistry {

	String nameOf(Person person) {
		return person.getName();
	}

}
