package cn.street.civil.payout.batch;

import java.text.DecimalFormat;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.util.Locale;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.street.civil.payout.spi.PayoutProgramme;
import cn.street.civil.shared.audit.AuditRecord;
import cn.street.civil.shared.persistence.OptimisticLock;
import cn.street.civil.shared.security.CurrentUser;
import cn.street.civil.shared.security.Roles;
import cn.street.civil.shared.web.BusinessRuleException;
import cn.street.civil.shared.web.FieldRuleException;
import cn.street.civil.shared.web.NotFoundException;

/**
 * The month as the office lives it: the street caseworker generates a programme's roster (again, while it is a
 * draft or returned), submits it once no blocking check stands; the chief approves or returns it with a comment,
 * never their own. Decisions lock the batch row, so two chiefs deciding at once are served one after the other:
 * the second is told what the first did. Every step is one audit row in the same transaction.
 */
@Service
@Transactional
public class PayoutBatchService {

	private final PayoutBatchRepository batches;

	private final PayoutProgrammes programmes;

	private final RosterGenerator generator;

	private final ApplicationEventPublisher events;

	private final MessageSource messages;

	private final Clock clock;

	PayoutBatchService(PayoutBatchRepository batches, PayoutProgrammes programmes, RosterGenerator generator,
			ApplicationEventPublisher events, MessageSource messages, Clock clock) {
		this.batches = batches;
		this.programmes = programmes;
		this.generator = generator;
		this.events = events;
		this.messages = messages;
		this.clock = clock;
	}

	/** A batch as every case reader may see it (its lines are scoped separately); 404 if there is none. */
	@Transactional(readOnly = true)
	@PreAuthorize(Roles.CASE_READ)
	public PayoutBatch get(long id) {
		return batches.findById(id).orElseThrow(() -> new NotFoundException("PayoutBatch", id));
	}

	/**
	 * Generates the programme's roster for {@code month}, or regenerates it while it is a draft or returned (its
	 * lines replaced, never duplicated). Refused for a submitted or approved month, and for a month after next.
	 */
	@PreAuthorize(Roles.STREET_PREPARE)
	public long generate(String programmeCode, YearMonth month, CurrentUser user) {
		if (!programmes.exists(programmeCode)) {
			throw new FieldRuleException("programme", "payout.form.programme.required");
		}
		if (month == null) {
			throw new FieldRuleException("month", "payout.form.month.required");
		}
		if (month.isAfter(YearMonth.now(clock).plusMonths(1))) {
			throw new FieldRuleException("month", "payout.form.month.too-late", YearMonth.now(clock).plusMonths(1));
		}
		return generateAs(programmeCode, month, user.getUsername(), clock.instant());
	}

	/** Regenerates an existing batch (draft or returned) from the programme's current entitlements. */
	@PreAuthorize(Roles.STREET_PREPARE)
	public long regenerate(long id, long version, CurrentUser user) {
		PayoutBatch batch = batches.findForUpdate(id).orElseThrow(() -> new NotFoundException("PayoutBatch", id));
		if (batch.getKind() != BatchKind.REGULAR) {
			throw new BusinessRuleException("payout.rule.regenerate-supplement");
		}
		refuseFrozen(batch);
		OptimisticLock.check(batch, version, id);
		return generateAs(batch.getProgramme(), batch.month(), user.getUsername(), clock.instant());
	}

	/** Generation without a user's request, for the demo street; same rules as {@link #generate}. */
	long generateAs(String programmeCode, YearMonth month, String username, Instant now) {
		PayoutProgramme programme = programmes.get(programmeCode);
		PayoutBatch batch = batches.findRegular(programmeCode, month.atDay(1)).orElse(null);
		boolean first = batch == null;
		if (first) {
			try {
				batch = batches.saveAndFlush(PayoutBatch.regular(programmeCode, month, username, now));
			}
			catch (DataIntegrityViolationException ex) {
				throw new BusinessRuleException("payout.rule.generating");
			}
		}
		else {
			batch = batches.findForUpdate(batch.getId()).orElseThrow();
			refuseFrozen(batch);
			batch.regenerated(username, now);
			batches.flush();
		}
		Long previous = !programme.recurring() ? null
				: batches.findRegular(programmeCode, month.minusMonths(1).atDay(1)).map(PayoutBatch::getId).orElse(null);
		boolean nextCompares = releaseNextMonth(programme, month);
		BatchTotals totals = generator.fill(batch, programme, previous);
		batch.totals(totals, previous);
		batches.flush();
		events.publishEvent(AuditRecord.of("payout", first ? "GENERATE" : "REGENERATE", "PayoutBatch",
				batch.getId(), null, msg("payout.audit.generated", programmeLabel(programmeCode), month,
						totals.lines(), money(totals.amount()), totals.blocking())));
		if (nextCompares) {
			// the next month's draft compared with the lines just replaced: it is generated again against these
			generateAs(programmeCode, month.plusMonths(1), username, now);
		}
		return batch.getId();
	}

	/**
	 * Before a month's lines are (re)generated: the next month's batch of the programme, if there is one, compares
	 * with them and its stop records point at them. A draft (or returned) one is freed of those records and
	 * generated again afterwards (true); a submitted or approved one refuses the change.
	 */
	private boolean releaseNextMonth(PayoutProgramme programme, YearMonth month) {
		if (!programme.recurring()) {
			return false;
		}
		PayoutBatch next = batches.findRegular(programme.code(), month.plusMonths(1).atDay(1))
			.flatMap(b -> batches.findForUpdate(b.getId()))
			.orElse(null);
		if (next == null) {
			return false;
		}
		if (!next.getState().editable()) {
			throw new BusinessRuleException("payout.rule.next-decided", month.plusMonths(1), month);
		}
		generator.clearStops(next.getId());
		return true;
	}

	private void refuseFrozen(PayoutBatch batch) {
		if (batch.getState() == BatchState.APPROVED) {
			throw new BusinessRuleException("payout.rule.generate-approved", batch.month(), batch.getApprovedBy());
		}
		if (batch.getState() == BatchState.SUBMITTED) {
			throw new BusinessRuleException("payout.rule.generate-submitted", batch.month());
		}
	}

	/**
	 * Submits the batch to the chief after checking its lines against the registry as it is now. A blocking
	 * check found then (a death, an account removed since the generation) is kept on the lines and the batch
	 * stays a draft: the number of such lines is returned, 0 when submitted.
	 */
	@PreAuthorize(Roles.STREET_PREPARE)
	public int submit(long id, long version, CurrentUser user) {
		PayoutBatch batch = locked(id);
		OptimisticLock.check(batch, version, id);
		if (!batch.getState().editable()) {
			throw new BusinessRuleException("payout.rule.not-draft");
		}
		BatchTotals totals = generator.recheck(batch);
		batch.totals(totals, batch.getPreviousBatchId());
		if (totals.blocking() > 0) {
			batches.flush();
			return totals.blocking();
		}
		batch.submit(user.getUsername(), clock.instant());
		batches.flush();
		audit(batch, "SUBMIT", "payout.audit.submitted");
		return 0;
	}

	@PreAuthorize(Roles.APPROVE)
	public void approve(long id, long version, String comment, CurrentUser user) {
		PayoutBatch batch = locked(id);
		refuseDecided(batch);
		OptimisticLock.check(batch, version, id);
		batch.approve(user.getUsername(), clock.instant(), blankToNull(comment));
		batches.flush();
		audit(batch, "APPROVE", "payout.audit.approved");
	}

	@PreAuthorize(Roles.APPROVE)
	public void returnToPreparer(long id, long version, String comment, CurrentUser user) {
		PayoutBatch batch = locked(id);
		refuseDecided(batch);
		OptimisticLock.check(batch, version, id);
		batch.returnToPreparer(user.getUsername(), clock.instant(), comment);
		batches.flush();
		audit(batch, "RETURN", "payout.audit.returned");
	}

	/** The chief who comes second is told what the first did, not just "changed by someone else". */
	private static void refuseDecided(PayoutBatch batch) {
		if (batch.getState() == BatchState.APPROVED) {
			throw new BusinessRuleException("payout.rule.already-approved", batch.getApprovedBy());
		}
		if (batch.getState() == BatchState.RETURNED) {
			throw new BusinessRuleException("payout.rule.already-returned", batch.getReturnedBy());
		}
	}

	private PayoutBatch locked(long id) {
		return batches.findForUpdate(id).orElseThrow(() -> new NotFoundException("PayoutBatch", id));
	}

	private void audit(PayoutBatch batch, String action, String summaryKey) {
		events.publishEvent(AuditRecord.of("payout", action, "PayoutBatch", batch.getId(), null,
				msg(summaryKey, programmeLabel(batch.getProgramme()), batch.month(),
						msg("payout.kind." + batch.getKind()), batch.getLineCount(), money(batch.getTotalAmount()))));
	}

	String programmeLabel(String code) {
		return msg("payout.programme." + code);
	}

	static String money(java.math.BigDecimal amount) {
		return new DecimalFormat("#,##0.00").format(amount);
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

	private String msg(String key, Object... args) {
		Object[] plain = java.util.Arrays.stream(args).map(String::valueOf).toArray();
		return messages.getMessage(key, plain, key, Locale.SIMPLIFIED_CHINESE);
	}

}
