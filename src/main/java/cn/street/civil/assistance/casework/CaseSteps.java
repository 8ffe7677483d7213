package cn.street.civil.assistance.casework;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import cn.street.civil.shared.security.CurrentUser;
import cn.street.civil.shared.web.FieldRuleException;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import static cn.street.civil.assistance.casework.CaseText.blank;
import static cn.street.civil.assistance.casework.CaseText.required;

/**
 * The steps every programme takes the same way, each one {@link CaseWorkflow#perform}: the street caseworker's
 * 审核意见, an 异议, the 不予确认, the 终止 (paid up to this month) and the 复核 done; the checks of a home visit;
 * and the application's materials checked against the programme's code list. The programme services check the role and name their
 * programme.
 */
@Component
public class CaseSteps {

	private final CaseWorkflow workflow;

	private final MessageSource messages;

	private final Clock clock;

	CaseSteps(CaseWorkflow workflow, MessageSource messages, Clock clock) {
		this.workflow = workflow;
		this.messages = messages;
		this.clock = clock;
	}

	/** 审核意见 (required) of the street caseworker. */
	public void review(Programme programme, long id, long version, String opinion, CurrentUser user) {
		String text = required(opinion, "assistance.rule.opinion-required");
		workflow.perform(id, programme, version, CaseAction.REVIEW, user, text, c -> c.recordReviewOpinion(text));
	}

	/** An 异议 during the notice (required text). */
	public void object(Programme programme, long id, long version, String objection, CurrentUser user) {
		String text = required(objection, "assistance.rule.objection-required");
		workflow.perform(id, programme, version, CaseAction.OBJECT, user, text, c -> {
		});
	}

	/** 不予确认 with its reason (required). */
	public void reject(Programme programme, long id, long version, String reason, CurrentUser user) {
		String text = required(reason, "assistance.rule.reason-required");
		workflow.perform(id, programme, version, CaseAction.REJECT, user, text, c -> c.reject(today(), text));
	}

	/**
	 * 终止 with one of the programme's {@code reasons}: paid up to this month, the month after pays nothing (a
	 * TERMINATE change).
	 */
	public void terminate(Programme programme, Set<TerminationReason> reasons, long id, long version,
			TerminationReason reason, String comment, CurrentUser user) {
		if (reason == null || !reasons.contains(reason)) {
			throw new FieldRuleException("reason", "assistance.rule.termination-reason");
		}
		String text = label("assistance.termination." + reason) + (blank(comment) ? "" : "：" + comment.strip());
		workflow.perform(id, programme, version, CaseAction.TERMINATE, user, text, c -> {
			YearMonth lastPaid = YearMonth.from(today());
			c.terminate(today(), reason, lastPaid);
			// also ends any decision already recorded for a later month (a 复核, 年审 or 调标 from a future month)
			workflow.recordEnd(c, lastPaid.plusMonths(1), text, user.getUsername());
		});
	}

	/** 复核完成: the review flag cleared with a note (required). */
	public void clearReview(Programme programme, long id, long version, String note, CurrentUser user) {
		String text = required(note, "assistance.rule.review-note-required");
		workflow.perform(id, programme, version, CaseAction.CLEAR_REVIEW, user, text, AssistanceCase::clearReview);
	}

	/**
	 * The checks of a home visit that need no case (an 入户调查, a 复核's or 年审's visit): at least two named
	 * investigators of at most 20 characters each, visited no later than today. Returns the investigators.
	 */
	public List<String> checkVisit(List<String> investigators, LocalDate visitedOn) {
		if (investigators.size() < 2) {
			throw new FieldRuleException("investigators", "assistance.rule.investigators-two");
		}
		if (investigators.stream().anyMatch(n -> n.length() > 20)) {
			throw new FieldRuleException("investigators", "assistance.form.size20");
		}
		if (visitedOn.isAfter(today())) {
			throw new FieldRuleException("visitedOn", "assistance.rule.visited-on-future");
		}
		return investigators;
	}

	/** The codes a bundle key lists, comma-separated (a material list). */
	public List<String> codes(String key) {
		String list = messages.getMessage(key, null, "", Locale.SIMPLIFIED_CHINESE);
		return list.isBlank() ? List.of() : List.of(list.split("\\s*,\\s*"));
	}

	/**
	 * The chosen materials that the list {@code listKey} names (others dropped), in the order chosen; refused on
	 * the field {@code materials} when one of {@code listKey.required} is missing.
	 */
	public List<String> materials(List<String> chosen, String listKey) {
		Set<String> materials = new LinkedHashSet<>(chosen);
		materials.retainAll(new HashSet<>(codes(listKey)));
		List<String> missing = codes(listKey + ".required").stream()
			.filter(code -> !materials.contains(code))
			.map(code -> label("assistance.material." + code))
			.toList();
		if (!missing.isEmpty()) {
			throw new FieldRuleException("materials", "assistance.rule.materials-missing", String.join("、", missing));
		}
		return List.copyOf(materials);
	}

	private String label(String key) {
		return messages.getMessage(key, null, key, Locale.SIMPLIFIED_CHINESE);
	}

	private LocalDate today() {
		return LocalDate.now(clock);
	}

}
