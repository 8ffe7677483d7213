package cn.street.civil.disability.internal;

import java.time.LocalDate;

/** One line of the register: the holder, the masked number, category, grade, community, dates, employment. */
public record CertificateRow(long id, long personId, String name, String maskedNumber, DisabilityCategory category,
		int grade, long communityId, String communityName, LocalDate issuedOn, LocalDate reviewOn,
		boolean longTermCare, Employment employment) {

	public boolean reviewDueBy(LocalDate today) {
		return reviewOn != null && !reviewOn.isAfter(today);
	}

}
