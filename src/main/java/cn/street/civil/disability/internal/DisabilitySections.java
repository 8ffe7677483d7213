package cn.street.civil.disability.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import cn.street.civil.household.HouseholdDirectory;
import cn.street.civil.household.spi.PageSection;
import cn.street.civil.household.spi.PersonPageSection;
import cn.street.civil.shared.security.CurrentUser;
import cn.street.civil.shared.security.Roles;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * 残疾人 on the person page: the certificate (category, grade, dates, employment) and the two subsidies of next
 * month with their reasons; after a revocation, a caseworker's link to register a new one. Nothing without a
 * certificate.
 */
@Component
@Transactional(readOnly = true)
class DisabilitySections implements PersonPageSection {

	static final int ORDER = 400;

	private final CertificateRepository certificates;

	private final SubsidyEligibility eligibility;

	private final HouseholdDirectory directory;

	private final MessageSource messages;

	private final Clock clock;

	DisabilitySections(CertificateRepository certificates, SubsidyEligibility eligibility, HouseholdDirectory directory,
			MessageSource messages, Clock clock) {
		this.certificates = certificates;
		this.eligibility = eligibility;
		this.directory = directory;
		this.messages = messages;
		this.clock = clock;
	}

	@Override
	public Optional<PageSection> forPerson(long personId, CurrentUser viewer) {
		if (!Roles.CASE_READERS.contains(viewer.role()) || directory.person(personId, viewer.scope()).isEmpty()) {
			return Optional.empty();
		}
		List<PageSection.Row> rows = new ArrayList<>();
		Optional<DisabilityCertificate> valid = certificates.findByPersonIdAndRevokedOnIsNull(personId);
		valid.ifPresent(c -> {
			rows.add(new PageSection.Row(msg("disability.section.certificate"),
					msg("disability.section.certificate.value", msg("disability.category." + c.getCategory()),
							msg("disability.grade." + c.getGrade()), c.getIssuedOn(),
							msg("disability.employment." + c.getEmployment())),
					new PageSection.Badge(msg("disability.valid"), PageSection.Tone.SUCCESS),
					new PageSection.Link(msg("disability.section.open"), DisabilityController.CERTIFICATES + c.getId())));
			YearMonth next = YearMonth.from(LocalDate.now(clock)).plusMonths(1);
			eligibility.of(personId, next).ifPresent(e -> {
				if (e.refusal() != null) {
					rows.add(new PageSection.Row(msg("disability.section.subsidies", month(next)), e.refusal(),
							new PageSection.Badge(msg("disability.section.no-standard"), PageSection.Tone.WARNING), null));
					return;
				}
				rows.add(subsidy(msg("disability.section.subsidy-of", msg("disability.subsidy.living"), month(next)), e.livingPaid(),
						e.livingReason()));
				rows.add(subsidy(msg("disability.section.subsidy-of", msg("disability.subsidy.nursing"), month(next)), e.nursingPaid(),
						e.nursingReason()));
			});
		});
		if (valid.isEmpty()) {
			certificates.findByPersonIdOrderByRevokedOnDescIdDesc(personId).stream().findFirst().ifPresent(c -> rows.add(
					new PageSection.Row(msg("disability.section.certificate"),
							msg("disability.section.revoked", c.getRevokedOn(), c.getRevokeReason()),
							new PageSection.Badge(msg("disability.revoked"), PageSection.Tone.SECONDARY),
							new PageSection.Link(msg("disability.section.open"), DisabilityController.CERTIFICATES + c.getId()))));
		}
		// like every programme's block, shown only when there is something (the register's page registers one)
		if (rows.isEmpty()) {
			return Optional.empty();
		}
		PageSection.Link more = valid.isEmpty() && Roles.CASE_WRITERS.contains(viewer.role())
				? new PageSection.Link(msg("disability.section.register"), "/disability/certificates/new?personId=" + personId)
				: new PageSection.Link(msg("disability.section.all"), "/disability/certificates");
		return Optional.of(new PageSection(ORDER, "disability.section.title", rows, more));
	}

	private PageSection.Row subsidy(String label, boolean paid, String reason) {
		return new PageSection.Row(label, reason,
				new PageSection.Badge(msg(paid ? "disability.subsidy.paid" : "disability.subsidy.not-paid"),
						paid ? PageSection.Tone.SUCCESS : PageSection.Tone.SECONDARY),
				null);
	}

	private String month(YearMonth month) {
		return msg("disability.month", String.valueOf(month.getYear()), String.valueOf(month.getMonthValue()));
	}

	private String msg(String key, Object... args) {
		return messages.getMessage(key, args, key, Locale.SIMPLIFIED_CHINESE);
	}

}
