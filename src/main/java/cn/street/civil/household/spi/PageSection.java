package cn.street.civil.household.spi;

import java.util.List;

/**
 * A programme's block on the person or household page: a title (message key of the programme's bundle),
 * its rows, and an optional link to the programme's own list ("全部记录").
 *
 * @param order where the block stands among the others (low first)
 * @param titleKey message key of the title, e.g. {@code dibao.section.title}
 * @param rows what the programme holds for this person or household; empty shows "暂无"
 * @param moreLink a link below the rows, or null
 */
public record PageSection(int order, String titleKey, List<Row> rows, Link moreLink) {

	public PageSection {
		rows = List.copyOf(rows);
	}

	public static PageSection of(int order, String titleKey, List<Row> rows) {
		return new PageSection(order, titleKey, rows, null);
	}

	/**
	 * One line: what it is, a value, a status badge and a link to the record (all but the label optional).
	 * Texts are already in Chinese (the programme resolves its own message keys).
	 */
	public record Row(String label, String value, Badge badge, Link link) {
	}

	/** A status shown as a coloured badge, e.g. 保障中 (success), 待复核 (warning), 已停保 (secondary). */
	public record Badge(String text, Tone tone) {
	}

	/** A link inside the application, e.g. {@code /dibao/cases/42}. */
	public record Link(String text, String href) {

		public Link {
			if (href == null || !href.startsWith("/") || href.startsWith("//")) {
				throw new IllegalArgumentException("a section link stays inside the application: " + href);
			}
		}

	}

	public enum Tone {

		SUCCESS, WARNING, DANGER, INFO, SECONDARY;

		/** The Bootstrap class of the badge. */
		public String css() {
			return "text-bg-" + name().toLowerCase(java.util.Locale.ROOT);
		}

	}

}
