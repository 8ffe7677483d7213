package cn.street.civil.household.internal;

import java.util.regex.Pattern;

import cn.street.civil.household.ResidenceType;
import cn.street.civil.shared.privacy.Masking;
import cn.street.civil.shared.text.HalfWidth;

/**
 * The search strip of the household and person lists. {@code q} is read as a full 身份证号, its last
 * 4–6 characters, a household number, a name or part of an address.
 */
public record HouseholdSearch(String q, Long communityId, ResidenceType residenceType, String status) {

	private static final Pattern FULL_ID = Pattern.compile("\\d{17}[\\dXx]|\\d{15}");

	private static final Pattern ID_TAIL = Pattern.compile("\\d{3,5}[\\dXx]");

	private static final Pattern CODE = Pattern.compile("[0-9A-Za-z-]+");

	static HouseholdSearch empty() {
		return new HouseholdSearch(null, null, null, null);
	}

	/**
	 * q as typed, stripped; a number or code typed with a Chinese input method (全角 ３７０１…Ｘ, a 户号) as
	 * ASCII. Names and addresses keep their full-width characters.
	 */
	String query() {
		if (q == null) {
			return null;
		}
		String ascii = HalfWidth.of(q);
		return CODE.matcher(ascii).matches() ? ascii : q.strip();
	}

	boolean isFullIdNumber() {
		return query() != null && FULL_ID.matcher(query()).matches();
	}

	boolean isIdTail() {
		return query() != null && ID_TAIL.matcher(query()).matches();
	}

	boolean hasText() {
		return query() != null && !query().isEmpty();
	}

	/** For the audit trail: the conditions, with a full 身份证号 masked. */
	public String describe() {
		String text = isFullIdNumber() ? Masking.idNumber(query()) : query();
		return "关键字=" + (text == null ? "" : text) + "，社区=" + (communityId == null ? "全部" : communityId) + "，城乡="
				+ (residenceType == null ? "全部" : residenceType) + "，状态=" + (status == null ? "正常" : status);
	}

	String statusOrActive() {
		return status == null || status.isBlank() ? "ACTIVE" : ("ALL".equals(status) ? null : status);
	}

}
