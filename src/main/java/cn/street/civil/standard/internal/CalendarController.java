package cn.street.civil.standard.internal;

import java.time.LocalDate;
import java.util.List;

import cn.street.civil.shared.security.CurrentUser;
import cn.street.civil.shared.security.Role;
import cn.street.civil.shared.web.BusinessRuleException;
import cn.street.civil.shared.web.FormErrors;
import cn.street.civil.standard.WorkingDays;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 工作日历: one year's 法定节假日 and 调休上班 days; add and remove (with confirmation) by the admin or a street caseworker. */
@Controller
@RequestMapping("/standards/calendar")
@PreAuthorize(CalendarService.READ)
class CalendarController {

	private final CalendarService calendar;

	private final WorkingDays workingDays;

	CalendarController(CalendarService calendar, WorkingDays workingDays) {
		this.calendar = calendar;
		this.workingDays = workingDays;
	}

	@GetMapping
	String show(@RequestParam(required = false) Integer year, @AuthenticationPrincipal CurrentUser user, Model model) {
		model.addAttribute("form", CalendarDayForm.empty());
		return page(year, user, model);
	}

	@PostMapping
	@PreAuthorize(CalendarService.EDIT)
	String add(@ModelAttribute("form") CalendarDayForm form, BindingResult errors,
			@AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes flash) {
		try {
			calendar.add(form, user);
		}
		catch (BusinessRuleException ex) {
			FormErrors.reject(errors, ex);
			LocalDate day = form.parsedDay();
			return page(day == null ? null : day.getYear(), user, model);
		}
		flash.addFlashAttribute("success", "procedure.calendar.flash.added");
		return "redirect:/standards/calendar?year=" + form.parsedDay().getYear();
	}

	@PostMapping("/{day}/delete")
	@PreAuthorize(CalendarService.EDIT)
	String remove(@PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day,
			@AuthenticationPrincipal CurrentUser user, RedirectAttributes flash) {
		calendar.remove(day, user);
		flash.addFlashAttribute("success", "procedure.calendar.flash.removed");
		return "redirect:/standards/calendar?year=" + day.getYear();
	}

	private String page(Integer year, CurrentUser user, Model model) {
		int shown = year == null || year < 2000 || year > 2100 ? calendar.today().getYear() : year;
		List<CalendarDay> days = calendar.year(shown);
		LocalDate first = LocalDate.of(shown, 1, 1);
		model.addAttribute("year", shown);
		model.addAttribute("days", days);
		model.addAttribute("kinds", CalendarKind.values());
		model.addAttribute("workingDaysInYear", workingDays.workingDaysBetween(first.minusDays(1), first.withDayOfYear(first.lengthOfYear())));
		model.addAttribute("mayEdit", user.role() == Role.ADMIN || user.role() == Role.STREET_CASEWORKER);
		return "standard/calendar";
	}

}
