package cn.street.civil.assistance.dibao;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import cn.street.civil.assistance.casework.CaseVisitForm;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Size;

/** 入户调查: the visit, at least two investigators, the members' monthly incomes, property and conclusion. */
public class InvestigationForm extends CaseVisitForm {

	@Valid
	private List<IncomeLine> incomes = new ArrayList<>();

	/** 重度残疾 / 重病 per covered member (分类施保, 单人保): one line per member, a line without a finding ignored. */
	@Valid
	private List<ConditionLine> conditions = new ArrayList<>();

	/** One member's health finding: the flags and the note saying on what they rest. */
	public static class ConditionLine {

		private Long personId;

		private boolean severeDisability;

		private boolean seriousIllness;

		@Size(max = 200, message = "{assistance.form.size200}")
		private String note;

		public ConditionLine() {
		}

		public ConditionLine(Long personId, boolean severeDisability, boolean seriousIllness, String note) {
			this.personId = personId;
			this.severeDisability = severeDisability;
			this.seriousIllness = seriousIllness;
			this.note = note;
		}

		public Long getPersonId() {
			return personId;
		}

		public void setPersonId(Long personId) {
			this.personId = personId;
		}

		public boolean isSevereDisability() {
			return severeDisability;
		}

		public void setSevereDisability(boolean severeDisability) {
			this.severeDisability = severeDisability;
		}

		public boolean isSeriousIllness() {
			return seriousIllness;
		}

		public void setSeriousIllness(boolean seriousIllness) {
			this.seriousIllness = seriousIllness;
		}

		public String getNote() {
			return note;
		}

		public void setNote(String note) {
			this.note = note;
		}

		boolean finding() {
			return severeDisability || seriousIllness;
		}

	}

	/** One income line; a line without an amount is ignored. */
	public static class IncomeLine {

		private Long personId;

		private IncomeKind kind;

		@DecimalMin(value = "0", message = "{assistance.form.amount.range}")
		@DecimalMax(value = "999999", message = "{assistance.form.amount.range}")
		@Digits(integer = 6, fraction = 2, message = "{assistance.form.amount.range}")
		private BigDecimal amount;

		@Size(max = 200, message = "{assistance.form.size200}")
		private String note;

		public IncomeLine() {
		}

		public IncomeLine(Long personId, IncomeKind kind, BigDecimal amount, String note) {
			this.personId = personId;
			this.kind = kind;
			this.amount = amount;
			this.note = note;
		}

		public Long getPersonId() {
			return personId;
		}

		public void setPersonId(Long personId) {
			this.personId = personId;
		}

		public IncomeKind getKind() {
			return kind;
		}

		public void setKind(IncomeKind kind) {
			this.kind = kind;
		}

		public BigDecimal getAmount() {
			return amount;
		}

		public void setAmount(BigDecimal amount) {
			this.amount = amount;
		}

		public String getNote() {
			return note;
		}

		public void setNote(String note) {
			this.note = note;
		}

	}

	public List<IncomeLine> getIncomes() {
		return incomes;
	}

	public void setIncomes(List<IncomeLine> incomes) {
		this.incomes = incomes == null ? new ArrayList<>() : incomes;
	}

	public List<ConditionLine> getConditions() {
		return conditions;
	}

	public void setConditions(List<ConditionLine> conditions) {
		this.conditions = conditions == null ? new ArrayList<>() : conditions;
	}

	/**
	 * A new visit's form for the case: today, the previous visit's incomes and property notes (if any) and one empty
	 * income line per covered member; the previous findings too when {@code findings} (低保), else none (低保边缘).
	 */
	static InvestigationForm startingFrom(cn.street.civil.assistance.casework.AssistanceCase c,
			java.util.Optional<Investigation> previous, boolean findings, LocalDate today) {
		InvestigationForm form = new InvestigationForm();
		form.startVisit(c, today);
		List<IncomeLine> lines = new ArrayList<>();
		previous.ifPresent(p -> {
			p.getIncomes()
				.forEach(i -> lines.add(new IncomeLine(i.getPersonId(), i.getKind(), i.getMonthlyAmount(), i.getNote())));
			form.setPropertyNotes(p.getPropertyNotes());
		});
		c.getMembers().forEach(m -> lines.add(new IncomeLine(m.getPersonId(), null, null, null)));
		form.setIncomes(lines);
		form.setConditions(c.getMembers()
			.stream()
			.map(m -> previous.filter(p -> findings)
				.flatMap(p -> p.conditionOf(m.getPersonId()))
				.map(f -> new ConditionLine(m.getPersonId(), f.isSevereDisability(), f.isSeriousIllness(), f.getNote()))
				.orElseGet(() -> new ConditionLine(m.getPersonId(), false, false, null)))
			.toList());
		return form;
	}

	/** The named investigators, blanks dropped, each at most 20 characters. */
}
