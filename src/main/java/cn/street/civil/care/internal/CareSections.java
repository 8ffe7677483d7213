package cn.street.civil.care.internal;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import cn.street.civil.household.HouseholdDirectory;
import cn.street.civil.household.spi.PageSection;
import cn.street.civil.household.spi.PersonPageSection;
import cn.street.civil.shared.security.CurrentUser;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** 优抚 on the person page, only for the roles allowed to read it: each record with its category and state. */
@Component
@Transactional(readOnly = true)
class CareSections implements PersonPageSection {

	private final CareRecipientRepository recipients;

	private final CareStandards standards;

	private final CareAccess access;

	private final HouseholdDirectory directory;

	private final MessageSource messages;

	CareSections(CareRecipientRepository recipients, CareStandards standards, CareAccess access,
			HouseholdDirectory directory, MessageSource messages) {
		this.recipients = recipients;
		this.standards = standards;
		this.access = access;
		this.directory = directory;
		this.messages = messages;
	}

	@Override
	public Optional<PageSection> forPerson(long personId, CurrentUser viewer) {
		if (!access.reads(viewer.role()) || directory.person(personId, viewer.scope()).isEmpty()) {
			return Optional.empty();
		}
		List<PageSection.Row> rows = recipients.findByPersonIdOrderByIdDesc(personId).stream()
			.map(r -> new PageSection.Row(msg("care.section.recipient"),
					standards.label(r.standardCode()) + " · " + r.getCertificateNo(),
					r.getStoppedFrom() == null ? new PageSection.Badge(msg("care.state.paid"), PageSection.Tone.SUCCESS)
							: new PageSection.Badge(msg("care.state.stopped"), PageSection.Tone.SECONDARY),
					new PageSection.Link(msg("care.section.open"), CareController.RECIPIENTS + r.getId())))
			.toList();
		return rows.isEmpty() ? Optional.empty() : Optional.of(PageSection.of(450, "care.section.title", rows));
	}

	private String msg(String key) {
		return messages.getMessage(key, null, key, Locale.SIMPLIFIED_CHINESE);
	}

}
