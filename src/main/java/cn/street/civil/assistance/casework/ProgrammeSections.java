package cn.street.civil.assistance.casework;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.LongFunction;

import cn.street.civil.household.spi.HouseholdPageSection;
import cn.street.civil.household.spi.PageSection;
import cn.street.civil.household.spi.PersonPageSection;
import cn.street.civil.shared.security.CurrentUser;
import cn.street.civil.shared.security.Roles;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * One programme's block on the person and household pages, the same way for every programme: its cases in the
 * viewer's scope (case readers only), one row each (programme, the programme's text and badge, a link to the
 * case), and a link to the programme's list. The person page shows the block only when it has rows; with an
 * apply label the household page always shows it (to a case reader), its link then applying for the household
 * while no case of the programme is open there; without one, only with rows.
 */
@Transactional(readOnly = true)
public abstract class ProgrammeSections implements PersonPageSection, HouseholdPageSection {

	private final AssistanceCaseRepository cases;

	private final MessageSource messages;

	private final Programme programme;

	private final int order;

	private final String titleKey;

	private final String listLabelKey;

	private final String casesPath;

	private final @Nullable String applyLabelKey;

	/**
	 * @param casesPath the programme's list, e.g. {@code /dibao/cases} (a case is {@code casesPath/id}, the
	 * application {@code casesPath/new?householdId=})
	 * @param applyLabelKey the household page's apply link, or null for none
	 */
	protected ProgrammeSections(AssistanceCaseRepository cases, MessageSource messages, Programme programme, int order,
			String titleKey, String listLabelKey, String casesPath, @Nullable String applyLabelKey) {
		this.cases = cases;
		this.messages = messages;
		this.programme = programme;
		this.order = order;
		this.titleKey = titleKey;
		this.listLabelKey = listLabelKey;
		this.casesPath = casesPath;
		this.applyLabelKey = applyLabelKey;
	}

	/** The row's text after the programme's name. */
	protected abstract String value(AssistanceCase c);

	/** The row's badge: the state (and what else the programme shows). */
	protected abstract PageSection.Badge badge(AssistanceCase c);

	@Override
	public Optional<PageSection> forPerson(long personId, CurrentUser viewer) {
		List<PageSection.Row> rows = rows(once("covering", personId, cases::findCovering), viewer);
		return rows.isEmpty() ? Optional.empty() : Optional.of(section(rows, null));
	}

	@Override
	public Optional<PageSection> forHousehold(long householdId, CurrentUser viewer) {
		if (!Roles.CASE_READERS.contains(viewer.role())) {
			return Optional.empty();
		}
		List<AssistanceCase> found = once("household", householdId, cases::findByHousehold);
		List<PageSection.Row> rows = rows(found, viewer);
		if (applyLabelKey == null) {
			return rows.isEmpty() ? Optional.empty() : Optional.of(section(rows, null));
		}
		boolean canApply = Roles.CASE_WRITERS.contains(viewer.role())
				&& found.stream().noneMatch(c -> c.getProgramme() == programme && c.getState().open());
		return Optional.of(section(rows, canApply
				? new PageSection.Link(msg(applyLabelKey), casesPath + "/new?householdId=" + householdId) : null));
	}

	/**
	 * The cases of a household or person, read once per request: the 低保, 边缘 and 特困 blocks of one page ask for the
	 * same cases (the page's one read-only transaction returns the same entities anyway).
	 */
	@SuppressWarnings("unchecked")
	private static List<AssistanceCase> once(String what, long id, LongFunction<List<AssistanceCase>> query) {
		RequestAttributes request = RequestContextHolder.getRequestAttributes();
		if (request == null) {
			return query.apply(id);
		}
		String key = ProgrammeSections.class.getName() + "." + what + "." + id;
		List<AssistanceCase> found = (List<AssistanceCase>) request.getAttribute(key, RequestAttributes.SCOPE_REQUEST);
		if (found == null) {
			found = query.apply(id);
			request.setAttribute(key, found, RequestAttributes.SCOPE_REQUEST);
		}
		return found;
	}

	/** The tone of a state's badge: in payment, closed, or on its way. */
	protected static PageSection.Tone tone(CaseState state) {
		return state == CaseState.CONFIRMED ? PageSection.Tone.SUCCESS
				: state.open() ? PageSection.Tone.INFO : PageSection.Tone.SECONDARY;
	}

	protected String msg(String key) {
		return messages.getMessage(key, null, key, Locale.SIMPLIFIED_CHINESE);
	}

	private PageSection section(List<PageSection.Row> rows, PageSection.@Nullable Link apply) {
		return new PageSection(order, titleKey, rows,
				apply != null ? apply : new PageSection.Link(msg(listLabelKey), casesPath));
	}

	private List<PageSection.Row> rows(List<AssistanceCase> found, CurrentUser viewer) {
		if (!Roles.CASE_READERS.contains(viewer.role())) {
			return List.of();
		}
		return found.stream()
			.filter(c -> c.getProgramme() == programme && viewer.scope().includes(c.getCommunityId()))
			.map(c -> new PageSection.Row(msg("assistance.programme." + programme), value(c), badge(c),
					new PageSection.Link(msg("assistance.section.open"), casesPath + "/" + c.getId())))
			.toList();
	}

}
