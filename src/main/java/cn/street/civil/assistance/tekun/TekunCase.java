package cn.street.civil.assistance.tekun;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The 特困 application's own data next to the shared case row: the category of the person. */
@Entity
@Table(name = "tekun_case")
public class TekunCase {

	@Id
	private Long caseId;

	@Enumerated(EnumType.STRING)
	private TekunCategory category;

	protected TekunCase() {
	}

	TekunCase(long caseId, TekunCategory category) {
		this.caseId = caseId;
		this.category = category;
	}

	public Long getCaseId() {
		return caseId;
	}

	public TekunCategory getCategory() {
		return category;
	}

}
