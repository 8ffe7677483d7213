package cn.street.civil.care.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;

import cn.street.civil.shared.audit.AuditRecord;
import cn.street.civil.shared.security.CurrentUser;
import cn.street.civil.shared.web.BusinessRuleException;
import cn.street.civil.shared.web.FieldRuleException;
import cn.street.civil.shared.web.NotFoundException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 光荣牌: recording that a qualifying household's plaque was hung (on the basis of one of its recipients, when, by
 * whom) and replacing it (a new row naming the one it replaces and why); plaques are never edited or deleted. One
 * current plaque per household: the household is locked while one is recorded. Each in one transaction with its
 * audit row; a household outside the scope, or not qualifying, is not found.
 */
@Service
@Transactional
class PlaqueService {

	private final PlaqueQueries queries;

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	private final MessageSource messages;

	private final Clock clock;

	PlaqueService(PlaqueQueries queries, JdbcClient jdbc, ApplicationEventPublisher events, MessageSource messages,
			Clock clock) {
		this.queries = queries;
		this.jdbc = jdbc;
		this.events = events;
		this.messages = messages;
		this.clock = clock;
	}

	public PlaqueQueries.Row household(long householdId, CurrentUser user) {
		return queries.household(householdId, user).orElseThrow(() -> new NotFoundException("CarePlaque", householdId));
	}

	@PreAuthorize("@careAccess.writes()")
	public long hang(long householdId, PlaqueForm form, CurrentUser user) {
		lock(householdId);
		PlaqueQueries.Row row = household(householdId, user);
		if (row.hung()) {
			throw new BusinessRuleException("care.plaque.already", row.hungOn());
		}
		return insert(row, form, null, null, user);
	}

	@PreAuthorize("@careAccess.writes()")
	public long replace(long plaqueId, PlaqueForm form, CurrentUser user) {
		Long householdId = jdbc.sql("select household_id from care_plaque where id = :id").param("id", plaqueId)
			.query(Long.class).optional().orElseThrow(() -> new NotFoundException("CarePlaque", plaqueId));
		lock(householdId);
		PlaqueQueries.Row row = queries.household(householdId, user)
			.orElseThrow(() -> new NotFoundException("CarePlaque", plaqueId));
		if (row.plaqueId() == null || row.plaqueId() != plaqueId) {
			throw new BusinessRuleException("care.plaque.not-current");
		}
		if (form.getReason() == null || form.getReason().isBlank()) {
			throw new FieldRuleException("reason", "care.plaque.reason.required");
		}
		if (form.getHungOn().isBefore(row.hungOn())) {
			throw new FieldRuleException("hungOn", "care.plaque.hung-on.before", row.hungOn());
		}
		return insert(row, form, plaqueId, form.getReason().strip(), user);
	}

	private long insert(PlaqueQueries.Row row, PlaqueForm form, Long replaces, String reason, CurrentUser user) {
		if (form.getHungOn().isAfter(LocalDate.now(clock))) {
			throw new FieldRuleException("hungOn", "care.plaque.hung-on.future");
		}
		PlaqueQueries.Qualifying basis = queries.qualifying(row.householdId()).stream()
			.filter(q -> form.getRecipientId() == null || q.recipientId() == form.getRecipientId())
			.findFirst()
			.orElseThrow(() -> new FieldRuleException("recipientId", "care.plaque.recipient.invalid"));
		long id = jdbc.sql("""
				insert into care_plaque (household_id, recipient_id, basis, hung_on, hung_by, replaces_id,
				                         replacement_reason, recorded_by, recorded_at)
				values (:household, :recipient, :basis, :hungOn, :hungBy, :replaces, :reason, :by, :at) returning id""")
			.param("household", row.householdId())
			.param("recipient", basis.recipientId())
			.param("basis", basis.basis().name())
			.param("hungOn", form.getHungOn())
			.param("hungBy", form.getHungBy().strip())
			.param("replaces", replaces)
			.param("reason", reason)
			.param("by", user.getUsername())
			.param("at", java.sql.Timestamp.from(Instant.now(clock)))
			.query(Long.class).single();
		String summary = replaces == null
				? msg("care.audit.plaque-hung", row.householdNo(), msg("care.plaque.basis." + basis.basis()),
						form.getHungOn(), form.getHungBy().strip())
				: msg("care.audit.plaque-replaced", row.householdNo(), form.getHungOn(), reason);
		events.publishEvent(AuditRecord.of(CareService.MODULE, replaces == null ? "PLAQUE_HUNG" : "PLAQUE_REPLACED",
				"CarePlaque", id, row.communityId(), summary));
		return id;
	}

	private void lock(long householdId) {
		jdbc.sql("select pg_advisory_xact_lock(hashtext('care_plaque'), cast(:h as integer))")
			.param("h", householdId).query().listOfRows();
	}

	private String msg(String key, Object... args) {
		return messages.getMessage(key, args, key, Locale.SIMPLIFIED_CHINESE);
	}

}
