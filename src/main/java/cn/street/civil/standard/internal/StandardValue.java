package cn.street.civil.standard.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;

import cn.street.civil.shared.persistence.AuditedEntity;
import cn.street.civil.shared.web.BusinessRuleException;
import cn.street.civil.standard.StandardParameter;
import cn.street.civil.standard.ValueKind;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * One dated value of a parameter: proposed by a street caseworker ({@code createdBy}), then approved or
 * rejected by someone else. Only approved rows are in force; an approved row changes only by
 * {@link #closeAt closing} its period when a later value is approved (a database trigger refuses anything
 * else).
 */
@Entity
@Table(name = "standard_value")
class StandardValue extends AuditedEntity {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Enumerated(EnumType.STRING)
	private StandardParameter parameter;

	@Enumerated(EnumType.STRING)
	private ValueKind valueKind;

	private String dimension;

	private LocalDate validFrom;

	private LocalDate validTo;

	private BigDecimal money;

	private BigDecimal ratio;

	private Integer wholeNumber;

	private String choice;

	private String note;

	@Enumerated(EnumType.STRING)
	private StandardStatus status;

	@Column(updatable = false)
	private String proposedByName;

	private String decidedBy;

	private String decidedByName;

	private Instant decidedAt;

	private String rejectionReason;

	protected StandardValue() {
	}

	/** A proposal: pending until the chief decides. */
	StandardValue(Proposal proposal, String proposerName) {
		this.parameter = proposal.item().parameter();
		this.valueKind = parameter.kind();
		this.dimension = proposal.item().dimension();
		this.proposedByName = proposerName;
		this.status = StandardStatus.PENDING;
		setContent(proposal);
	}

	/** Changes a pending proposal (its proposer, before the decision). */
	void revise(Proposal proposal, String username) {
		requireRevisableBy(username);
		if (!proposal.item().equals(item())) {
			throw new IllegalArgumentException("a proposal keeps its parameter and dimension");
		}
		setContent(proposal);
	}

	/** Only its proposer changes a proposal, and only while it is pending. */
	void requireRevisableBy(String username) {
		requirePending();
		if (!username.equals(getCreatedBy())) {
			throw new BusinessRuleException("standard.revise.not-proposer");
		}
	}

	/** Four eyes: a pending proposal is decided by someone other than its proposer. */
	void requireDecidableBy(String username) {
		requirePending();
		if (username.equals(getCreatedBy())) {
			throw new BusinessRuleException("standard.decide.own");
		}
	}

	/** Checks that {@code username} may approve now: no change for a month already begun before this one. */
	void requireApprovable(String username, YearMonth currentMonth) {
		requireDecidableBy(username);
		if (YearMonth.from(validFrom).isBefore(currentMonth)) {
			throw new BusinessRuleException("standard.decide.past");
		}
	}

	/** Puts the proposal in force from its month until {@code until} (the next approved value's start, or open). */
	void approve(String username, String name, Instant at, YearMonth currentMonth, LocalDate until) {
		requireApprovable(username, currentMonth);
		this.status = StandardStatus.APPROVED;
		this.validTo = until;
		decided(username, name, at);
	}

	void reject(String username, String name, Instant at, String reason) {
		requireDecidableBy(username);
		this.status = StandardStatus.REJECTED;
		this.rejectionReason = reason;
		decided(username, name, at);
	}

	/** Ends an approved value's period at {@code month} (its start: superseded before it took effect). */
	void closeAt(LocalDate month) {
		if (status != StandardStatus.APPROVED || month.isBefore(validFrom)
				|| (validTo != null && month.isAfter(validTo))) {
			throw new IllegalStateException("cannot close standard value " + id + " at " + month);
		}
		this.validTo = month;
	}

	boolean covers(LocalDate month) {
		return !validFrom.isAfter(month) && (validTo == null || validTo.isAfter(month));
	}

	/** In force in at least one month (not superseded before it started). */
	boolean takesEffect() {
		return validTo == null || validTo.isAfter(validFrom);
	}

	private void decided(String username, String name, Instant at) {
		this.decidedBy = username;
		this.decidedByName = name;
		this.decidedAt = at;
	}

	private void setContent(Proposal proposal) {
		this.validFrom = proposal.validFrom().atDay(1);
		this.money = valueKind == ValueKind.MONEY ? proposal.number() : null;
		this.ratio = valueKind == ValueKind.RATIO ? proposal.number() : null;
		this.wholeNumber = valueKind == ValueKind.INTEGER ? proposal.number().intValueExact() : null;
		this.choice = valueKind == ValueKind.CHOICE ? proposal.choice() : null;
		this.note = proposal.note();
	}

	private void requirePending() {
		if (status != StandardStatus.PENDING) {
			throw new BusinessRuleException("standard.decided",
					new DefaultMessageSourceResolvable("standard.status." + status.name()));
		}
	}

	StandardItem item() {
		return new StandardItem(parameter, dimension);
	}

	/** The value as a number (MONEY, RATIO, INTEGER) or null for a choice. */
	BigDecimal number() {
		return switch (valueKind) {
			case MONEY -> money;
			case RATIO -> ratio;
			case INTEGER -> BigDecimal.valueOf(wholeNumber);
			case CHOICE -> null;
		};
	}

	Long getId() {
		return id;
	}

	StandardParameter getParameter() {
		return parameter;
	}

	String getDimension() {
		return dimension;
	}

	LocalDate getValidFrom() {
		return validFrom;
	}

	LocalDate getValidTo() {
		return validTo;
	}

	String getChoice() {
		return choice;
	}

	String getNote() {
		return note;
	}

	StandardStatus getStatus() {
		return status;
	}

	String getProposedByName() {
		return proposedByName;
	}

	String getDecidedBy() {
		return decidedBy;
	}

	String getDecidedByName() {
		return decidedByName;
	}

	String getRejectionReason() {
		return rejectionReason;
	}

}
