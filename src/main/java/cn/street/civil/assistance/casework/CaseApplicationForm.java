package cn.street.civil.assistance.casework;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import cn.street.civil.household.HouseholdSnapshot;
import cn.street.civil.shared.text.HalfWidth;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * What every programme's application asks for: the household (by its number), the 委托 and the materials. The
 * programmes add who applies and who is covered.
 */
public abstract class CaseApplicationForm {

	@NotBlank(message = "{assistance.form.household-no.required}")
	@Size(max = 30, message = "{assistance.form.household-no.required}")
	private String householdNo;

	private boolean viaCommunity;

	private boolean writtenMandate;

	private List<String> materials = new ArrayList<>();

	@Size(max = 200, message = "{assistance.form.size200}")
	private String otherMaterials;

	/** The blank form for the household found, or for the number asked for when none was. */
	public void startFrom(Optional<HouseholdSnapshot> household, String householdNo) {
		setHouseholdNo(household.map(HouseholdSnapshot::householdNo).orElse(householdNo));
		household.ifPresent(this::prefill);
	}

	/** The programme's defaults for a household found (e.g. the head applies, everyone covered). */
	protected void prefill(HouseholdSnapshot household) {
	}

	public String getHouseholdNo() {
		return householdNo;
	}

	public void setHouseholdNo(String householdNo) {
		this.householdNo = HalfWidth.of(householdNo);
	}

	public boolean isViaCommunity() {
		return viaCommunity;
	}

	public void setViaCommunity(boolean viaCommunity) {
		this.viaCommunity = viaCommunity;
	}

	public boolean isWrittenMandate() {
		return writtenMandate;
	}

	public void setWrittenMandate(boolean writtenMandate) {
		this.writtenMandate = writtenMandate;
	}

	public List<String> getMaterials() {
		return materials;
	}

	public void setMaterials(List<String> materials) {
		this.materials = materials == null ? new ArrayList<>() : materials;
	}

	public String getOtherMaterials() {
		return otherMaterials;
	}

	public void setOtherMaterials(String otherMaterials) {
		this.otherMaterials = otherMaterials;
	}

}
