package cn.street.civil.shared.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Collects the fields that changed in an update as "字段: old → new" lines for the audit trail.
 * Callers pass values already masked where they are sensitive.
 */
public final class Changes {

	private final List<String> lines = new ArrayList<>();

	public Changes field(String label, Object before, Object after) {
		String oldText = text(before);
		String newText = text(after);
		if (!Objects.equals(oldText, newText)) {
			lines.add(label + ": " + oldText + " → " + newText);
		}
		return this;
	}

	/** Records a change the caller knows happened, even if both sides read alike (masked values). */
	public Changes changed(String label, Object before, Object after) {
		lines.add(label + ": " + text(before) + " → " + text(after));
		return this;
	}

	public boolean isEmpty() {
		return lines.isEmpty();
	}

	@Override
	public String toString() {
		return String.join("\n", lines);
	}

	private static String text(Object value) {
		if (value == null) {
			return "（空）";
		}
		String s = String.valueOf(value);
		return s.isBlank() ? "（空）" : s;
	}

}
