package cn.street.civil.assistance.dibao;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

/** 入户调查: one home visit of a case (a re-investigation after an objection is a new one). Never edited. */
@Entity
@Table(name = "assistance_investigation")
public class Investigation {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long caseId;

	private LocalDate visitedOn;

	private String investigators;

	private String propertyNotes;

	private String conclusion;

	private String recordedBy;

	private Instant recordedAt;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "assistance_income_item", joinColumns = @JoinColumn(name = "investigation_id"))
	@OrderColumn(name = "line")
	private List<IncomeItem> incomes = new ArrayList<>();

	/** 重度残疾 / 重病 found at the visit (分类施保, 单人保); members without a finding have no row. */
	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "assistance_member_condition", joinColumns = @JoinColumn(name = "investigation_id"))
	@OrderColumn(name = "line")
	private List<MemberCondition> conditions = new ArrayList<>();

	protected Investigation() {
	}

	Investigation(long caseId, LocalDate visitedOn, List<String> investigators, String propertyNotes, String conclusion,
			List<IncomeItem> incomes, String recordedBy, Instant recordedAt) {
		this(caseId, visitedOn, investigators, propertyNotes, conclusion, incomes, List.of(), recordedBy, recordedAt);
	}

	Investigation(long caseId, LocalDate visitedOn, List<String> investigators, String propertyNotes, String conclusion,
			List<IncomeItem> incomes, List<MemberCondition> conditions, String recordedBy, Instant recordedAt) {
		this.conditions = new ArrayList<>(conditions);
		this.caseId = caseId;
		this.visitedOn = visitedOn;
		this.investigators = String.join("、", investigators);
		this.propertyNotes = propertyNotes;
		this.conclusion = conclusion;
		this.incomes = new ArrayList<>(incomes);
		this.recordedBy = recordedBy;
		this.recordedAt = recordedAt;
	}

	/** The counted monthly income of these persons (kinds the rules exclude left out). */
	public BigDecimal countedIncome(Collection<Long> personIds) {
		return incomes.stream()
			.filter(i -> i.counted() && personIds.contains(i.getPersonId()))
			.map(IncomeItem::getMonthlyAmount)
			.reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
	}

	public BigDecimal excludedIncome(Collection<Long> personIds) {
		return incomes.stream()
			.filter(i -> !i.counted() && personIds.contains(i.getPersonId()))
			.map(IncomeItem::getMonthlyAmount)
			.reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
	}

	/** The same visit for a case that continues this one's application (a 低保 application recognised as 边缘). */
	Investigation carriedOverTo(long otherCaseId) {
		return new Investigation(otherCaseId, visitedOn, List.of(investigators.split("、")), propertyNotes, conclusion,
				incomes, conditions, recordedBy, recordedAt);
	}

	/** The finding about this member, if any. */
	public java.util.Optional<MemberCondition> conditionOf(long personId) {
		return conditions.stream().filter(m -> m.getPersonId() == personId).findFirst();
	}

	public List<MemberCondition> getConditions() {
		return List.copyOf(conditions);
	}

	public Long getId() {
		return id;
	}

	public long getCaseId() {
		return caseId;
	}

	public LocalDate getVisitedOn() {
		return visitedOn;
	}

	public String getInvestigators() {
		return investigators;
	}

	public String getPropertyNotes() {
		return propertyNotes;
	}

	public String getConclusion() {
		return conclusion;
	}

	public String getRecordedBy() {
		return recordedBy;
	}

	public Instant getRecordedAt() {
		return recordedAt;
	}

	public List<IncomeItem> getIncomes() {
		return List.copyOf(incomes);
	}

}
