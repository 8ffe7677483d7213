package cn.street.civil.household.internal;

import java.time.LocalDate;

import cn.street.civil.household.ResidenceType;
import cn.street.civil.shared.crypto.SensitiveDataProtector;
import cn.street.civil.shared.persistence.AuditedEntity;
import cn.street.civil.shared.privacy.Masking;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * 户: address, number, 城乡 type, its head, and the payout bank account (number stored encrypted). Members
 * are the dated {@link Membership} rows; this aggregate only records the current head.
 */
@Entity
@Table(name = "household")
public class Household extends AuditedEntity {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long communityId;

	private String householdNo;

	private String address;

	private String phone;

	@Enumerated(EnumType.STRING)
	private ResidenceType residenceType;

	private Long headPersonId;

	private String bankName;

	private String bankAccountCipher;

	private String bankAccountHash;

	private String bankAccountTail;

	private String bankAccountHolder;

	private String status = "ACTIVE";

	private LocalDate dissolvedOn;

	protected Household() {
	}

	public Household(long communityId, String householdNo, HouseholdDetails details, long headPersonId) {
		this.communityId = communityId;
		this.householdNo = householdNo;
		update(details);
		this.headPersonId = headPersonId;
	}

	void update(HouseholdDetails details) {
		this.address = details.address();
		this.phone = details.phone();
		this.residenceType = details.residenceType();
	}

	public void setBankAccount(BankAccount account, SensitiveDataProtector protector) {
		if (account == null || account.isEmpty()) {
			bankName = null;
			bankAccountCipher = null;
			bankAccountHash = null;
			bankAccountTail = null;
			bankAccountHolder = null;
			return;
		}
		String digits = account.digits();
		bankName = account.bankName();
		bankAccountCipher = protector.encrypt(digits);
		bankAccountHash = protector.blindIndex(digits);
		bankAccountTail = digits.substring(digits.length() - 4);
		bankAccountHolder = account.holder();
	}

	void changeHead(long personId) {
		this.headPersonId = personId;
	}

	void dissolve(LocalDate date) {
		this.status = "DISSOLVED";
		this.dissolvedOn = date;
		this.headPersonId = null;
	}

	HouseholdDetails details() {
		return new HouseholdDetails(address, phone, residenceType);
	}

	String decryptBankAccount(SensitiveDataProtector protector) {
		return protector.decrypt(bankAccountCipher);
	}

	public String getMaskedBankAccount() {
		return Masking.bankAccount(bankAccountTail);
	}

	public String getMaskedPhone() {
		return Masking.phone(phone);
	}

	public boolean hasBankAccount() {
		return bankAccountCipher != null;
	}

	public boolean isActive() {
		return "ACTIVE".equals(status);
	}

	public Long getId() {
		return id;
	}

	public long getCommunityId() {
		return communityId;
	}

	public String getHouseholdNo() {
		return householdNo;
	}

	public String getAddress() {
		return address;
	}

	public String getPhone() {
		return phone;
	}

	public ResidenceType getResidenceType() {
		return residenceType;
	}

	public Long getHeadPersonId() {
		return headPersonId;
	}

	public String getBankName() {
		return bankName;
	}

	public String getBankAccountHolder() {
		return bankAccountHolder;
	}

	String getBankAccountHash() {
		return bankAccountHash;
	}

	String getBankAccountTail() {
		return bankAccountTail;
	}

	public String getStatus() {
		return status;
	}

	public LocalDate getDissolvedOn() {
		return dissolvedOn;
	}

}
