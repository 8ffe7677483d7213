package cn.street.civil.elderly.roster;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** 独居/空巢 and the emergency contact; {@code version} is the profile version the user saw (0 for a new one). */
public record ProfileForm(Boolean livesAlone, Boolean emptyNest,
		@Size(max = 50, message = "{elderly.contact.name.size}") String contactName,
		@Size(max = 20, message = "{elderly.contact.relation.size}") String contactRelation,
		@Pattern(regexp = "^$|^[0-9-]{7,20}$", message = "{elderly.contact.phone.format}") String contactPhone,
		@Size(max = 500, message = "{elderly.note.size}") String note, Long version) {

	static ProfileForm of(ElderlyProfile p) {
		return p == null ? new ProfileForm(false, false, null, null, null, null, 0L)
				: new ProfileForm(p.isLivesAlone(), p.isEmptyNest(), p.getContactName(), p.getContactRelation(),
						p.getContactPhone(), p.getNote(), p.getVersion());
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
