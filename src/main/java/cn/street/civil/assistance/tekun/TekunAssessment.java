package cn.street.civil.assistance.tekun;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One 特困 assessment: the three conditions as found, the six daily activities with the resulting care tier, and
 * the 供养形式 (DOMAIN §2). Written by the investigation (again after an objection) and by each 年审; never edited.
 */
@Entity
@Table(name = "tekun_assessment")
public class TekunAssessment {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long caseId;

	@Enumerated(EnumType.STRING)
	private AssessmentKind kind;

	private LocalDate visitedOn;

	private String investigators;

	@Enumerated(EnumType.STRING)
	private IncapacityBasis incapacityBasis;

	@Enumerated(EnumType.STRING)
	private DisabilityCategory disabilityCategory;

	private Integer disabilityGrade;

	private BigDecimal monthlyIncome;

	private boolean propertyOk;

	private String propertyNotes;

	@Enumerated(EnumType.STRING)
	private Supporter supporter;

	private String supporterNote;

	private boolean unableEat;

	private boolean unableDress;

	private boolean unableBed;

	private boolean unableToilet;

	private boolean unableWalk;

	private boolean unableBath;

	@Enumerated(EnumType.STRING)
	private CareTier careTier;

	@Enumerated(EnumType.STRING)
	private SupportForm supportForm;

	private String institutionName;

	private String carerName;

	private boolean careAgreement;

	private String conclusion;

	private LocalDate effectiveMonth;

	private String recordedBy;

	private Instant recordedAt;

	protected TekunAssessment() {
	}

	/** From a checked form: the care tier follows from the activities, the 供养形式 keeps only its own details. */
	TekunAssessment(long caseId, AssessmentKind kind, TekunAssessmentForm f, List<String> investigators,
			String recordedBy, Instant recordedAt) {
		this.caseId = caseId;
		this.kind = kind;
		this.visitedOn = f.getVisitedOn();
		this.investigators = String.join("、", investigators);
		this.incapacityBasis = f.getIncapacityBasis();
		boolean disability = f.getIncapacityBasis() == IncapacityBasis.DISABILITY;
		this.disabilityCategory = disability ? f.getDisabilityCategory() : null;
		this.disabilityGrade = disability ? f.getDisabilityGrade() : null;
		this.monthlyIncome = f.getMonthlyIncome().setScale(2);
		this.propertyOk = f.isPropertyOk();
		this.propertyNotes = blankToNull(f.getPropertyNotes());
		this.supporter = f.getSupporter();
		this.supporterNote = blankToNull(f.getSupporterNote());
		this.unableEat = f.isUnableEat();
		this.unableDress = f.isUnableDress();
		this.unableBed = f.isUnableBed();
		this.unableToilet = f.isUnableToilet();
		this.unableWalk = f.isUnableWalk();
		this.unableBath = f.isUnableBath();
		this.careTier = CareTier.ofUnable(f.activitiesUnable());
		this.supportForm = f.getSupportForm();
		boolean centralised = f.getSupportForm() == SupportForm.CENTRALISED;
		this.institutionName = centralised ? blankToNull(f.getInstitutionName()) : null;
		this.carerName = centralised ? null : blankToNull(f.getCarerName());
		this.careAgreement = !centralised && f.isCareAgreement();
		this.conclusion = f.getConclusion().strip();
		this.effectiveMonth = kind == AssessmentKind.YEARLY_REVIEW && f.getEffectiveMonth() != null
				? f.getEffectiveMonth().atDay(1) : null;
		this.recordedBy = recordedBy;
		this.recordedAt = recordedAt;
	}

	/** 无劳动能力: the recorded basis holds (the ages were checked when it was recorded). */
	public boolean incapable() {
		return switch (incapacityBasis) {
			case AGE_60, UNDER_16 -> true;
			case DISABILITY -> disabilityCategory != null && disabilityGrade != null
					&& disabilityCategory.incapable(disabilityGrade);
			case NONE -> false;
		};
	}

	/** 无生活来源: the monthly income below S and the property within the rules. */
	public boolean noLivelihood(BigDecimal standard) {
		return monthlyIncome.compareTo(standard) < 0 && propertyOk;
	}

	/** 无法定义务人, or the 义务人 cannot fulfil the duty. */
	public boolean noSupporter() {
		return supporter != Supporter.ABLE;
	}

	public boolean conditionsMet(BigDecimal standard) {
		return incapable() && noLivelihood(standard) && noSupporter();
	}

	/** The six activities in display order (吃饭、穿衣、上下床、如厕、室内行走、洗澡): true where unable. */
	public List<Boolean> activities() {
		return List.of(unableEat, unableDress, unableBed, unableToilet, unableWalk, unableBath);
	}

	public int activitiesUnable() {
		return (int) activities().stream().filter(b -> b).count();
	}

	private static String blankToNull(String s) {
		return s == null || s.isBlank() ? null : s.strip();
	}

	public Long getId() {
		return id;
	}

	public long getCaseId() {
		return caseId;
	}

	public AssessmentKind getKind() {
		return kind;
	}

	public LocalDate getVisitedOn() {
		return visitedOn;
	}

	public String getInvestigators() {
		return investigators;
	}

	public IncapacityBasis getIncapacityBasis() {
		return incapacityBasis;
	}

	public DisabilityCategory getDisabilityCategory() {
		return disabilityCategory;
	}

	public Integer getDisabilityGrade() {
		return disabilityGrade;
	}

	public BigDecimal getMonthlyIncome() {
		return monthlyIncome;
	}

	public boolean isPropertyOk() {
		return propertyOk;
	}

	public String getPropertyNotes() {
		return propertyNotes;
	}

	public Supporter getSupporter() {
		return supporter;
	}

	public String getSupporterNote() {
		return supporterNote;
	}

	public CareTier getCareTier() {
		return careTier;
	}

	public SupportForm getSupportForm() {
		return supportForm;
	}

	public String getInstitutionName() {
		return institutionName;
	}

	public String getCarerName() {
		return carerName;
	}

	public boolean isCareAgreement() {
		return careAgreement;
	}

	public String getConclusion() {
		return conclusion;
	}

	public YearMonth getEffectiveMonth() {
		return effectiveMonth == null ? null : YearMonth.from(effectiveMonth);
	}

	public String getRecordedBy() {
		return recordedBy;
	}

	public Instant getRecordedAt() {
		return recordedAt;
	}

}
