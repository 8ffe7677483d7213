package cn.street.civil.standard.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

import cn.street.civil.shared.audit.AuditRecord;
import cn.street.civil.shared.audit.Changes;
import cn.street.civil.shared.persistence.OptimisticLock;
import cn.street.civil.shared.security.CurrentUser;
import cn.street.civil.shared.security.Roles;
import cn.street.civil.shared.web.FieldRuleException;
import cn.street.civil.shared.web.NotFoundException;
import cn.street.civil.standard.StandardInForce;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Changes of the 政策标准, four eyes: a street caseworker proposes (and may revise a pending proposal), the
 * chief approves or rejects — never the proposer. Approving closes the value in force in the proposal's first
 * month at that month. Every step writes its audit row in the same transaction.
 */
@Service
@Transactional
class StandardService {

	static final int REASON_MAX = 200;

	private final StandardValueRepository values;

	private final ProposalParser parser;

	private final StandardLookup lookup;

	private final StandardLabels labels;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final EntityManager entityManager;

	StandardService(StandardValueRepository values, ProposalParser parser, StandardLookup lookup,
			StandardLabels labels, ApplicationEventPublisher events, Clock clock, EntityManager entityManager) {
		this.entityManager = entityManager;
		this.values = values;
		this.parser = parser;
		this.lookup = lookup;
		this.labels = labels;
		this.events = events;
		this.clock = clock;
	}

	@PreAuthorize(Roles.STREET_PREPARE)
	long propose(ProposalForm form, CurrentUser user) {
		Proposal proposal = parser.parse(form);
		requireNoOtherPending(proposal, null);
		StandardValue value = values.saveAndFlush(new StandardValue(proposal, user.displayName()));
		events.publishEvent(AuditRecord.of("standard", "PROPOSE", "StandardValue", value.getId(), null,
				labels.message("standard.audit.propose", describe(value))));
		return value.getId();
	}

	@PreAuthorize(Roles.STREET_PREPARE)
	void revise(long id, ProposalForm form, CurrentUser user) {
		StandardValue value = get(id);
		OptimisticLock.check(value, form.versionSeen(), id);
		Proposal proposal = parser.parse(new ProposalForm(value.item().code(), form.validFrom(), form.value(),
				form.note(), form.version()));
		requireNoOtherPending(proposal, id);
		String before = valueText(value);
		YearMonth monthBefore = YearMonth.from(value.getValidFrom());
		String noteBefore = value.getNote();
		value.revise(proposal, user.getUsername());
		values.flush();
		Changes changes = new Changes()
			.field(labels.message("standard.valid-from"), labels.month(monthBefore), labels.month(proposal.validFrom()))
			.field(labels.message("standard.value"), before, valueText(value))
			.field(labels.message("standard.note"), noteBefore, value.getNote());
		events.publishEvent(AuditRecord
			.of("standard", "REVISE", "StandardValue", id, null, labels.message("standard.audit.revise", describe(value)))
			.withDetails(changes.toString()));
	}

	@PreAuthorize(Roles.APPROVE)
	void approve(long id, DecisionForm form, CurrentUser user) {
		StandardValue proposal = locked(id);
		OptimisticLock.check(proposal, form.versionSeen(), id);
		YearMonth currentMonth = YearMonth.now(clock);
		proposal.requireApprovable(user.getUsername(), currentMonth);
		LocalDate from = proposal.getValidFrom();
		List<StandardValue> approved = values.approved(proposal.item());
		List<StandardValue> covering = approved.stream().filter(v -> v.covers(from)).toList();
		if (covering.size() > 1) {
			// which one to close? refuse, with the lookup's message naming both rows
			lookup.valueFor(proposal.getParameter(), proposal.getDimension(), YearMonth.from(from));
		}
		Optional<StandardValue> replaced = covering.stream().findFirst();
		LocalDate until = approved.stream()
			.filter(v -> v.getValidFrom().isAfter(from) && v.takesEffect())
			.map(StandardValue::getValidFrom)
			.findFirst()
			.orElse(null);
		String details = replaced.map(r -> r.getValidFrom().equals(from)
				? labels.message("standard.audit.superseded", valueText(r), labels.month(YearMonth.from(from)), r.getNote())
				: labels.message("standard.audit.closed", valueText(r), labels.month(YearMonth.from(r.getValidFrom())),
						r.getNote(), labels.month(YearMonth.from(from).minusMonths(1))))
			.orElse(labels.message("standard.audit.first"));
		replaced.ifPresent(r -> r.closeAt(from));
		// the closed period must be in the database before the new one: the exclusion constraint checks each row
		values.flush();
		proposal.approve(user.getUsername(), user.displayName(), clock.instant(), currentMonth, until);
		values.flush();
		events.publishEvent(AuditRecord
			.of("standard", "APPROVE", "StandardValue", id, null,
					labels.message("standard.audit.approve", describe(proposal), proposal.getProposedByName()))
			.withDetails(details));
	}

	@PreAuthorize(Roles.APPROVE)
	void reject(long id, DecisionForm form, CurrentUser user) {
		StandardValue proposal = locked(id);
		OptimisticLock.check(proposal, form.versionSeen(), id);
		proposal.requireDecidableBy(user.getUsername());
		String reason = form.reason() == null ? "" : form.reason().strip();
		if (reason.isEmpty()) {
			throw new FieldRuleException("reason", "standard.reject.reason.required");
		}
		if (reason.length() > REASON_MAX) {
			throw new FieldRuleException("reason", "standard.reject.reason.size", String.valueOf(REASON_MAX));
		}
		proposal.reject(user.getUsername(), user.displayName(), clock.instant(), reason);
		values.flush();
		events.publishEvent(AuditRecord
			.of("standard", "REJECT", "StandardValue", id, null,
					labels.message("standard.audit.reject", describe(proposal), proposal.getProposedByName()))
			.withDetails(labels.message("standard.audit.reason", reason)));
	}

	/** A row with what approving it would do. */
	@PreAuthorize(Roles.CASE_READ)
	@Transactional(readOnly = true)
	ProposalView view(long id) {
		StandardValue v = get(id);
		YearMonth from = YearMonth.from(v.getValidFrom());
		StandardInForce replaced = null;
		StandardInForce next = null;
		if (v.getStatus() == StandardStatus.PENDING) {
			replaced = lookup.find(v.item(), from).orElse(null);
			next = lookup.inForceAfter(v.item(), from);
		}
		return new ProposalView(v.getId(), v.getVersion(), v.getParameter(), v.item().code(), labels.label(v.item()), from,
				valueText(v), v.getNote(), v.getStatus(), v.getCreatedBy(), v.getProposedByName(), v.getDecidedBy(),
				v.getDecidedByName(), v.getRejectionReason(), replaced, next);
	}

	/** The pending proposal's form, for its proposer. */
	@PreAuthorize(Roles.STREET_PREPARE)
	@Transactional(readOnly = true)
	ProposalForm editForm(long id, CurrentUser user) {
		StandardValue v = get(id);
		v.requireRevisableBy(user.getUsername());
		String value = v.getChoice() != null ? v.getChoice() : v.number().toPlainString();
		return new ProposalForm(v.item().code(), YearMonth.from(v.getValidFrom()).toString(), value, v.getNote(),
				String.valueOf(v.getVersion()));
	}

	private void requireNoOtherPending(Proposal proposal, Long self) {
		values.pending(proposal.item())
			.stream()
			.filter(p -> !p.getId().equals(self) && YearMonth.from(p.getValidFrom()).equals(proposal.validFrom()))
			.findFirst()
			.ifPresent(other -> {
				throw new FieldRuleException("validFrom", "standard.valid-from.pending", labels.month(proposal.validFrom()),
						other.getProposedByName());
			});
	}

	/**
	 * The proposal, locked for this decision: a second, concurrent decision waits, then sees the new version and
	 * gets the 409 page (without the lock it could read the first approval's rows half-way and fail with a 500).
	 */
	private StandardValue locked(long id) {
		StandardValue proposal = get(id);
		entityManager.refresh(proposal, LockModeType.PESSIMISTIC_WRITE);
		return proposal;
	}

	private StandardValue get(long id) {
		return values.findById(id).orElseThrow(() -> new NotFoundException("standard value", id));
	}

	private String valueText(StandardValue v) {
		return labels.value(v.getParameter(), v.number(), v.getChoice());
	}

	/** "城镇低保标准 自2027年1月起 350.00 元/人·月（济民发〔2026〕1号）". */
	private String describe(StandardValue v) {
		return labels.message("standard.audit.describe", labels.label(v.item()),
				labels.month(YearMonth.from(v.getValidFrom())), valueText(v), v.getNote());
	}

}
