package cn.street.civil.household.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;

import cn.street.civil.shared.audit.AuditRecord;
import cn.street.civil.shared.security.CurrentUser;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Writes a household history line and the matching audit row, both inside the caller's transaction.
 * The one place household changes are recorded.
 */
@Component
public class HouseholdHistory {

	private final HouseholdEventRepository events;

	private final ApplicationEventPublisher publisher;

	private final Clock clock;

	private final MessageSource messages;

	HouseholdHistory(HouseholdEventRepository events, ApplicationEventPublisher publisher, Clock clock,
			MessageSource messages) {
		this.messages = messages;
		this.events = events;
		this.publisher = publisher;
		this.clock = clock;
	}

	public void record(Household household, Long personId, HouseholdEventType type, LocalDate date, String reason,
			String summary, String details) {
		String who = CurrentUser.current().map(CurrentUser::getUsername).orElse("system");
		events.save(new HouseholdEvent(household.getId(), personId, type, date, reason, details, clock.instant(), who));
		String auditDetails = reason == null || reason.isBlank() ? details
				: (details == null || details.isBlank() ? "原因: " + reason : "原因: " + reason + "\n" + details);
		publisher.publishEvent(AuditRecord.of("household", type.name(), "Household", household.getId(),
				household.getCommunityId(), summary).withDetails(auditDetails));
	}

	/** The Chinese label of an enum value for stored history text, e.g. relation.SPOUSE → 配偶. */
	String label(String prefix, Enum<?> value) {
		return value == null ? "" : messages.getMessage(prefix + "." + value.name(), null, value.name(), Locale.SIMPLIFIED_CHINESE);
	}

	LocalDate today() {
		return LocalDate.now(clock);
	}

}
