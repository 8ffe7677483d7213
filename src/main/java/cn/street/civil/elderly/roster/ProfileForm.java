package cn.street.civil.elderly.roster;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** 独居/空巢 and the emergency contact; {@code version} is the profile version the user saw (0 for a new one). */
public record ProfileForm(Boolean livesAlone, Boolean emptyNest,
		@Size(max = 50, message = "{elderly.contact.name.size}") String contactName,
		@Size(max = 20, message = "{elderly.contact.relation.size}") String contactRelation,
		@Pattern(regexp = "^$|^[0-9-]{7,20}$", message = "{elderly.contact.phone.format}") String contactPhone,
		@Size(max = 500, message = "{elderly.note.size}") String note, Boolean clearContactPhone, Long version) {

	/**
	 * The form of a stored profile: the phone starts empty (the page shows it masked as the placeholder, as the
	 * registry's phone fields do); left empty it keeps the stored one, {@code clearContactPhone} removes it.
	 */
	static ProfileForm of(ElderlyProfile p) {
		return p == null ? new ProfileForm(false, false, null, null, null, null, false, 0L)
				: new ProfileForm(p.isLivesAlone(), p.isEmptyNest(), p.getContactName(), p.getContactRelation(), null,
						p.getNote(), false, p.getVersion());
	}

	boolean clearPhone() {
		return Boolean.TRUE.equals(clearContactPhone);
	}

	boolean alone() {
		return Boolean.TRUE.equals(livesAlone);
	}

	boolean emptyNestFlag() {
		return Boolean.TRUE.equals(emptyNest);
	}

	static String blankToNull(String s) {
		return s == null || s.isBlank() ? null : s.strip();
	}

}
