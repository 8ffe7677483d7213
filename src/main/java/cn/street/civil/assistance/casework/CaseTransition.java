package cn.street.civil.assistance.casework;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One line of a case's timeline: who moved it from which state to which, when, and why. Insert-only. */
@Entity
@Table(name = "assistance_case_transition")
public class CaseTransition {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long caseId;

	@Enumerated(EnumType.STRING)
	private CaseState fromState;

	@Enumerated(EnumType.STRING)
	private CaseState toState;

	@Enumerated(EnumType.STRING)
	private CaseAction action;

	private String actor;

	private Instant actedAt;

	private String comment;

	protected CaseTransition() {
	}

	CaseTransition(long caseId, CaseState fromState, CaseState toState, CaseAction action, String actor, Instant actedAt,
			String comment) {
		this.caseId = caseId;
		this.fromState = fromState;
		this.toState = toState;
		this.action = action;
		this.actor = actor;
		this.actedAt = actedAt;
		this.comment = comment;
	}

	public Long getId() {
		return id;
	}

	public long getCaseId() {
		return caseId;
	}

	public CaseState getFromState() {
		return fromState;
	}

	public CaseState getToState() {
		return toState;
	}

	public CaseAction getAction() {
		return action;
	}

	public String getActor() {
		return actor;
	}

	public Instant getActedAt() {
		return actedAt;
	}

	public String getComment() {
		return comment;
	}

}
