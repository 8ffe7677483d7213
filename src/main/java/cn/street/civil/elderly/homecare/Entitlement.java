package cn.street.civil.elderly.homecare;

import java.time.LocalDate;
import java.time.YearMonth;

import cn.street.civil.shared.persistence.AuditedEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A served elder's entitlement from a month (until the next one): kind, provider, reason. */
@Entity
@Table(name = "home_care_entitlement")
public class Entitlement extends AuditedEntity {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long personId;

	@Enumerated(EnumType.STRING)
	private EntitlementKind kind;

	private long providerId;

	private LocalDate validFrom;

	private LocalDate validTo;

	private String reason;

	protected Entitlement() {
	}

	Entitlement(long personId, EntitlementKind kind, long providerId, YearMonth from, String reason) {
		this.personId = personId;
		this.kind = kind;
		this.providerId = providerId;
		this.validFrom = from.atDay(1);
		this.reason = reason;
	}

	/** Ends before {@code month} (a later entitlement takes over). */
	void endBefore(YearMonth month) {
		this.validTo = month.atDay(1);
	}

	public boolean covers(YearMonth month) {
		return !YearMonth.from(validFrom).isAfter(month) && (validTo == null || YearMonth.from(validTo).isAfter(month));
	}

	public Long getId() {
		return id;
	}

	public long getPersonId() {
		return personId;
	}

	public EntitlementKind getKind() {
		return kind;
	}

	public long getProviderId() {
		return providerId;
	}

	public YearMonth getValidFrom() {
		return YearMonth.from(validFrom);
	}

	public YearMonth getValidTo() {
		return validTo == null ? null : YearMonth.from(validTo);
	}

	public String getReason() {
		return reason;
	}

}
