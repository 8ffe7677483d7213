package cn.street.civil.disability.internal;

/**
 * The register's filters.
 *
 * @param q the holder's name (prefix) or the last 4 digits of the number's 身份证号
 * @param reviewDue only certificates whose 复评/换证 date has come
 */
public record CertificateSearch(String q, Long communityId, DisabilityCategory category, Integer grade,
		Employment employment, Boolean reviewDue) {

	public static CertificateSearch empty() {
		return new CertificateSearch(null, null, null, null, null, null);
	}

	boolean onlyReviewDue() {
		return Boolean.TRUE.equals(reviewDue);
	}

}
