package cn.street.civil.assistance.dibao;

import java.math.BigDecimal;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** One monthly income of one covered member, as found at the home visit. */
@Embeddable
public class IncomeItem {

	private long personId;

	@Enumerated(EnumType.STRING)
	private IncomeKind kind;

	private BigDecimal monthlyAmount;

	private String note;

	protected IncomeItem() {
	}

	IncomeItem(long personId, IncomeKind kind, BigDecimal monthlyAmount, String note) {
		this.personId = personId;
		this.kind = kind;
		this.monthlyAmount = monthlyAmount;
		this.note = note;
	}

	public long getPersonId() {
		return personId;
	}

	public IncomeKind getKind() {
		return kind;
	}

	public BigDecimal getMonthlyAmount() {
		return monthlyAmount;
	}

	public String getNote() {
		return note;
	}

	public boolean counted() {
		return kind.counted();
	}

}
