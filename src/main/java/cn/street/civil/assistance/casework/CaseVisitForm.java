package cn.street.civil.assistance.casework;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * What every programme's home visit (入户调查, 特困 调查 and 年审) records: the version of the case seen, the day,
 * the investigators (three blank lines to fill, {@link CaseSteps#checkVisit} wants two), the property notes and
 * the conclusion. The programmes add their findings.
 */
public abstract class CaseVisitForm {

	private long version;

	@NotNull(message = "{assistance.form.visited-on.required}")
	private LocalDate visitedOn;

	private List<String> investigators = new ArrayList<>(List.of("", "", ""));

	@Size(max = 1000, message = "{assistance.form.size1000}")
	private String propertyNotes;

	@NotBlank(message = "{assistance.form.conclusion.required}")
	@Size(max = 1000, message = "{assistance.form.size1000}")
	private String conclusion;

	/** A new visit to the case today. */
	public void startVisit(AssistanceCase c, LocalDate today) {
		setVersion(c.getVersion());
		setVisitedOn(today);
	}

	public long getVersion() {
		return version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

	public LocalDate getVisitedOn() {
		return visitedOn;
	}

	public void setVisitedOn(LocalDate visitedOn) {
		this.visitedOn = visitedOn;
	}

	public List<String> getInvestigators() {
		return investigators;
	}

	public void setInvestigators(List<String> investigators) {
		this.investigators = investigators == null ? new ArrayList<>() : investigators;
	}

	public String getPropertyNotes() {
		return propertyNotes;
	}

	public void setPropertyNotes(String propertyNotes) {
		this.propertyNotes = propertyNotes;
	}

	public String getConclusion() {
		return conclusion;
	}

	public void setConclusion(String conclusion) {
		this.conclusion = conclusion;
	}

	/** The investigators named, each once (the same name twice is one investigator: two are required). */
	public List<String> namedInvestigators() {
		return getInvestigators().stream().filter(n -> n != null && !n.isBlank()).map(String::strip).distinct().toList();
	}

}
