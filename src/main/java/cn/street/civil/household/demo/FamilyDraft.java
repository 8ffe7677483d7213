package cn.street.civil.household.demo;

import cn.street.civil.household.ResidenceType;

import java.util.ArrayList;
import java.util.List;

/** A generated household before it is written: members head first. */
final class FamilyDraft {

	final List<PersonDraft> members = new ArrayList<>(6);

	String address;

	ResidenceType residenceType;

	String bankName;

	/** Digits only; null when the household has no payout account yet. */
	String bankAccount;

	String householdNo;

	long id;

	String bankCipher;

	String bankHash;

	PersonDraft head() {
		return members.get(0);
	}

	/** The last four digits of the bank account (null without one). */
	String bankAccountTail() {
		return bankAccount == null ? null : bankAccount.substring(bankAccount.length() - 4);
	}

}
