package cn.street.civil.household.internal;

import cn.street.civil.shared.idcard.IdCardNumber;
import cn.street.civil.shared.idcard.InvalidIdCardNumberException;

import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * An unknown area code does not make a 身份证号 invalid (old codes stay valid on old cards, GB 11643);
 * the number is saved and the caseworker is asked to check it.
 */
public final class UnknownAreaWarning {

	private UnknownAreaWarning() {
	}

	public static void addIfNeeded(String savedIdNumber, RedirectAttributes flash) {
		try {
			if (!IdCardNumber.parse(savedIdNumber).hasKnownProvince()) {
				flash.addFlashAttribute("warning", "person.id-number.unknown-area");
			}
		}
		catch (InvalidIdCardNumberException ex) {
			// already refused when saving; nothing to warn about
		}
	}

}
