package cn.street.civil.care.internal;

import java.util.Set;

import cn.street.civil.shared.security.CurrentUser;
import cn.street.civil.shared.security.Role;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Who may read and who may change 优抚 records (DOMAIN §7: sensitive, authorised roles only), from configuration:
 * {@code civil.care.read-roles} and {@code civil.care.write-roles} (role names, comma separated), and who manages
 * the holiday visit campaigns, {@code civil.care.campaign-roles}. Used by
 * {@code @PreAuthorize("@careAccess.reads()")}, the menu, the person page and the to-dos. Admin and auditor never
 * read case data, whatever the configuration says.
 */
@Component("careAccess")
public class CareAccess {

	private final Set<Role> readers;

	private final Set<Role> writers;

	private final Set<Role> managers;

	CareAccess(@Value("${civil.care.read-roles:CHIEF,STREET_CASEWORKER,COMMUNITY_CASEWORKER}") Set<Role> readers,
			@Value("${civil.care.write-roles:STREET_CASEWORKER,COMMUNITY_CASEWORKER}") Set<Role> writers,
			@Value("${civil.care.campaign-roles:CHIEF}") Set<Role> managers) {
		this.readers = Set.copyOf(readers.stream().filter(Role::handlesCases).toList());
		this.writers = Set.copyOf(writers.stream().filter(r -> r.handlesCases() && readers.contains(r)).toList());
		this.managers = Set.copyOf(managers.stream().filter(r -> r.handlesCases() && readers.contains(r)).toList());
	}

	/** Who opens, generates, completes the holiday visit campaigns ({@code civil.care.campaign-roles}, the chief). */
	public boolean manages() {
		return CurrentUser.current().map(u -> managers.contains(u.role())).orElse(false);
	}

	public boolean reads() {
		return CurrentUser.current().map(u -> readers.contains(u.role())).orElse(false);
	}

	public boolean writes() {
		return CurrentUser.current().map(u -> writers.contains(u.role())).orElse(false);
	}

	boolean reads(Role role) {
		return readers.contains(role);
	}

	boolean writes(Role role) {
		return writers.contains(role);
	}

	Set<Role> readers() {
		return readers;
	}

}
