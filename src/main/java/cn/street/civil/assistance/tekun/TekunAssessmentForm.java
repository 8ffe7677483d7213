package cn.street.civil.assistance.tekun;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;

import cn.street.civil.assistance.casework.CaseVisitForm;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * 特困 调查 or 年审: the visit and at least two investigators, the three conditions (无劳动能力 and its basis, the
 * monthly income and property, the 义务人), the six daily activities, the 供养形式; for a 年审 the month a changed
 * amount takes effect.
 */
public class TekunAssessmentForm extends CaseVisitForm {
	@NotNull(message = "{tekun.form.basis.required}")
	private IncapacityBasis incapacityBasis;
	private DisabilityCategory disabilityCategory;
	private Integer disabilityGrade;
	@NotNull(message = "{tekun.form.income.required}")
	@DecimalMin(value = "0", message = "{assistance.form.amount.range}")
	@DecimalMax(value = "999999", message = "{assistance.form.amount.range}")
	@Digits(integer = 6, fraction = 2, message = "{assistance.form.amount.range}")
	private BigDecimal monthlyIncome;
	private boolean propertyOk;
	@NotNull(message = "{tekun.form.supporter.required}")
	private Supporter supporter;
	@Size(max = 500, message = "{tekun.form.size500}")
	private String supporterNote;
	private boolean unableEat;
	private boolean unableDress;
	private boolean unableBed;
	private boolean unableToilet;
	private boolean unableWalk;
	private boolean unableBath;
	@NotNull(message = "{tekun.form.support-form.required}")
	private SupportForm supportForm;
	@Size(max = 100, message = "{tekun.form.size100}")
	private String institutionName;
	@Size(max = 50, message = "{assistance.form.size50}")
	private String carerName;
	private boolean careAgreement;
	@DateTimeFormat(pattern = "yyyy-MM")
	private YearMonth effectiveMonth;
	/** How many of the six daily activities the person cannot do. */
	public int activitiesUnable() {
		boolean[] unable = { unableEat, unableDress, unableBed, unableToilet, unableWalk, unableBath };
		int count = 0;
		for (boolean u : unable) {
			count += u ? 1 : 0;
		}
		return count;
	}

	public IncapacityBasis getIncapacityBasis() {
		return incapacityBasis;
	}

	public void setIncapacityBasis(IncapacityBasis incapacityBasis) {
		this.incapacityBasis = incapacityBasis;
	}

	public DisabilityCategory getDisabilityCategory() {
		return disabilityCategory;
	}

	public void setDisabilityCategory(DisabilityCategory disabilityCategory) {
		this.disabilityCategory = disabilityCategory;
	}

	public Integer getDisabilityGrade() {
		return disabilityGrade;
	}

	public void setDisabilityGrade(Integer disabilityGrade) {
		this.disabilityGrade = disabilityGrade;
	}

	public BigDecimal getMonthlyIncome() {
		return monthlyIncome;
	}

	public void setMonthlyIncome(BigDecimal monthlyIncome) {
		this.monthlyIncome = monthlyIncome;
	}

	public boolean isPropertyOk() {
		return propertyOk;
	}

	public void setPropertyOk(boolean propertyOk) {
		this.propertyOk = propertyOk;
	}

	public Supporter getSupporter() {
		return supporter;
	}

	public void setSupporter(Supporter supporter) {
		this.supporter = supporter;
	}

	public String getSupporterNote() {
		return supporterNote;
	}

	public void setSupporterNote(String supporterNote) {
		this.supporterNote = supporterNote;
	}

	public boolean isUnableEat() {
		return unableEat;
	}

	public void setUnableEat(boolean unableEat) {
		this.unableEat = unableEat;
	}

	public boolean isUnableDress() {
		return unableDress;
	}

	public void setUnableDress(boolean unableDress) {
		this.unableDress = unableDress;
	}

	public boolean isUnableBed() {
		return unableBed;
	}

	public void setUnableBed(boolean unableBed) {
		this.unableBed = unableBed;
	}

	public boolean isUnableToilet() {
		return unableToilet;
	}

	public void setUnableToilet(boolean unableToilet) {
		this.unableToilet = unableToilet;
	}

	public boolean isUnableWalk() {
		return unableWalk;
	}

	public void setUnableWalk(boolean unableWalk) {
		this.unableWalk = unableWalk;
	}

	public boolean isUnableBath() {
		return unableBath;
	}

	public void setUnableBath(boolean unableBath) {
		this.unableBath = unableBath;
	}

	public SupportForm getSupportForm() {
		return supportForm;
	}

	public void setSupportForm(SupportForm supportForm) {
		this.supportForm = supportForm;
	}

	public String getInstitutionName() {
		return institutionName;
	}

	public void setInstitutionName(String institutionName) {
		this.institutionName = institutionName;
	}

	public String getCarerName() {
		return carerName;
	}

	public void setCarerName(String carerName) {
		this.carerName = carerName;
	}

	public boolean isCareAgreement() {
		return careAgreement;
	}

	public void setCareAgreement(boolean careAgreement) {
		this.careAgreement = careAgreement;
	}

	public YearMonth getEffectiveMonth() {
		return effectiveMonth;
	}

	public void setEffectiveMonth(YearMonth effectiveMonth) {
		this.effectiveMonth = effectiveMonth;
	}

}
