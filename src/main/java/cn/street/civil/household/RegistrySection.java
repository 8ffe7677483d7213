package cn.street.civil.household;

import java.util.List;

import org.springframework.stereotype.Component;

/**
 * Placeholder sections for the programmes on the roadmap, so the person page shows where 低保, 优抚,
 * 残疾人, 养老 and payouts will appear. Each programme replaces its line with a real section.
 */
@Component
class RegistrySection implements PersonProfileSection {

	@Override
	public Section describe(long personId) {
		return new Section("person.section.programmes", List.of());
	}

}
