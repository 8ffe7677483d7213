package cn.street.civil.assistance.casework;

import java.util.Optional;
import java.util.function.LongSupplier;

import cn.street.civil.household.HouseholdSnapshot;
import cn.street.civil.shared.web.BusinessRuleException;
import cn.street.civil.shared.web.FormErrors;

import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The application pages of every programme, one way: the household looked up by number (or id) in the user's
 * scope, "not found" when one was asked for and none is visible, the programme's page with the household's
 * members; on submit the field errors or the refused rule next to its field, else the flash and the case page.
 */
public final class CaseApplicationPages {

	/** The programme's application page for a household (null: none found yet). */
	@FunctionalInterface
	public interface Page {

		String show(HouseholdSnapshot household, Model model);

	}

	private CaseApplicationPages() {
	}

	/** The blank application ({@code householdNo}/{@code householdId}: what was asked for, either may be null). */
	public static String start(CaseApplicationForm form, Optional<HouseholdSnapshot> household, String householdNo,
			Long householdId, Model model, Page page) {
		form.startFrom(household, householdNo);
		model.addAttribute("form", form);
		model.addAttribute("notFound", household.isEmpty() && (householdNo != null || householdId != null));
		return page.show(household.orElse(null), model);
	}

	/**
	 * The submitted application: {@code apply} runs only on a valid form and returns the new case's id, which the
	 * redirect appends to {@code caseBase} (ending with a slash).
	 */
	public static String submit(Optional<HouseholdSnapshot> found, BindingResult errors, Model model, Page page,
			LongSupplier apply, String success, String caseBase, RedirectAttributes flash) {
		HouseholdSnapshot household = found.orElse(null);
		model.addAttribute("notFound", household == null);
		if (errors.hasErrors()) {
			return page.show(household, model);
		}
		long id;
		try {
			id = apply.getAsLong();
		}
		catch (BusinessRuleException ex) {
			FormErrors.reject(errors, ex);
			return page.show(household, model);
		}
		flash.addFlashAttribute("success", success);
		return "redirect:" + caseBase + id;
	}

}
