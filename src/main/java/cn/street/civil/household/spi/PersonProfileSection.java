package cn.street.civil.household.spi;

import java.util.List;

/**
 * The person page is where every programme shows what it holds for the person ("one household, one
 * chain of aid"). A programme module implements this and the registry lists its section without
 * knowing the programme.
 */
public interface PersonProfileSection {

	/** The section for one person: a title (message key) and lines (empty lines = "no records"). */
	Section describe(long personId);

	record Section(String title, List<String> lines) {
	}

}
