package cn.street.civil.household;

import java.time.LocalDate;

/**
 * What the registry announces to the programmes. Each event names the household and community it
 * happened in and the date it takes effect (not the day it was typed). Events carry ids only, never a
 * 身份证号, phone or bank account number: they are stored in the event publication table until every
 * listener has handled them. Programmes consume them with {@code @ApplicationModuleListener}: a
 * listener that fails neither rolls back the registry change nor loses the event (it stays incomplete
 * and is resubmitted, at the latest on the next start).
 */
public sealed interface RegistryEvent permits MemberJoined, MemberLeft, PersonDeceased, PersonMovedOut,
		IdNumberCorrected, BankAccountChanged, HouseholdDissolved, HeadChanged {

	long householdId();

	long communityId();

	LocalDate date();

}
