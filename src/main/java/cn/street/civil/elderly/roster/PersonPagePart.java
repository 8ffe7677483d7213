package cn.street.civil.elderly.roster;

import cn.street.civil.shared.security.CurrentUser;

import org.springframework.ui.Model;

/**
 * A part of the elderly person page contributed by another part of the module (高龄补贴, 居家养老): it puts what it
 * shows into the model and names the template fragment that renders it.
 */
public interface PersonPagePart {

	int order();

	/** Template and selector, e.g. {@code elderly/allowance/parts :: personPart}. */
	String template();

	String selector();

	void addTo(Model model, RosterRow person, CurrentUser user);

}
