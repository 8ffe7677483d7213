package cn.street.civil.household.internal;

/**
 * A stored value the edit form shows only masked (the phone): the field comes back empty unless the user typed
 * a new value, so empty means "keep", and a checkbox says "remove".
 */
final class MaskedField {

	private MaskedField() {
	}

	static String typedOrKept(String typed, String stored, Boolean clear) {
		if (Boolean.TRUE.equals(clear)) {
			return null;
		}
		return typed == null || typed.isBlank() ? stored : typed;
	}

}
