package cn.street.civil.elderly.homecare;

import java.time.YearMonth;
import java.util.Set;

import cn.street.civil.community.CommunityDirectory;
import cn.street.civil.elderly.roster.RosterRow;
import cn.street.civil.shared.security.CurrentUser;
import cn.street.civil.shared.security.Roles;
import cn.street.civil.shared.web.BusinessRuleException;
import cn.street.civil.shared.web.FormErrors;
import cn.street.civil.shared.web.NotFoundException;
import cn.street.civil.shared.web.Paging;
import jakarta.validation.Valid;

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

/** The served elders' entitlements and the service orders: list, plan, the order page and its steps. */
@Controller
@RequestMapping("/elderly/home-care")
@PreAuthorize(Roles.CASE_READ)
class OrderController {

	static final Set<String> STEPS = Set.of("dispatch", "check-in", "check-out", "confirm", "follow-up", "cancel");

	private final HomeCareService service;

	private final HomeCareQueries queries;

	private final CommunityDirectory communities;

	OrderController(HomeCareService service, HomeCareQueries queries, CommunityDirectory communities) {
		this.service = service;
		this.queries = queries;
		this.communities = communities;
	}

	@GetMapping("/entitlements/{personId}")
	String entitlement(@PathVariable long personId, @AuthenticationPrincipal CurrentUser user, Model model) {
		RosterRow elder = service.elder(personId, user);
		return entitlementPage(elder, new EntitlementForm(null, null, YearMonth.from(service.today()).toString(), null), model);
	}

	private String entitlementPage(RosterRow elder, EntitlementForm form, Model model) {
		model.addAttribute("elder", elder);
		model.addAttribute("entitlements", service.entitlements(elder.personId()));
		model.addAttribute("providers", service.providers().stream().filter(Provider::isActive).toList());
		model.addAttribute("providerNames", service.providers().stream()
			.collect(java.util.stream.Collectors.toMap(Provider::getId, Provider::getName)));
		model.addAttribute("kinds", EntitlementKind.values());
		YearMonth month = YearMonth.from(service.today());
		model.addAttribute("quota", service.quotaHours(elder.personId(), month).orElse(null));
		model.addAttribute("usedHours", HomeCareService.hours(service.minutesUsed(elder.personId(), month)));
		model.addAttribute("form", form);
		return "elderly/home-care/entitlement";
	}

	@PostMapping("/entitlements/{personId}")
	@PreAuthorize(Roles.CASE_WRITE)
	String setEntitlement(@PathVariable long personId, @Valid @ModelAttribute("form") EntitlementForm form,
			BindingResult errors, @AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes flash) {
		RosterRow elder = service.elder(personId, user);
		if (!errors.hasErrors()) {
			try {
				service.setEntitlement(personId, form, user);
				flash.addFlashAttribute("success", "homecare.flash.saved");
				return "redirect:/elderly/home-care/entitlements/" + personId;
			}
			catch (BusinessRuleException ex) {
				FormErrors.reject(errors, ex);
			}
		}
		return entitlementPage(elder, form, model);
	}

	@GetMapping("/orders")
	String orders(OrderSearch search, @RequestParam(required = false) Integer page,
			@AuthenticationPrincipal CurrentUser user, Model model) {
		YearMonth month = search.month() == null || search.month().isBlank() ? YearMonth.from(service.today())
				: parseOr(search.month(), YearMonth.from(service.today()));
		model.addAttribute("search", search);
		model.addAttribute("month", month);
		model.addAttribute("providers", service.providers());
		model.addAttribute("statuses", OrderStatus.values());
		model.addAttribute("communities",
				communities.active().stream().filter(c -> user.scope().includes(c.id())).toList());
		model.addAttribute("page", queries.orders(search, month, Paging.of(page, null, null, Set.of()), user.scope()));
		return "elderly/home-care/orders";
	}

	private static YearMonth parseOr(String text, YearMonth fallback) {
		try {
			return HomeCareService.parseMonth(text, "month");
		}
		catch (BusinessRuleException ex) {
			return fallback;
		}
	}

	@GetMapping("/orders/new")
	@PreAuthorize(Roles.CASE_WRITE)
	String planForm(@RequestParam long personId, @AuthenticationPrincipal CurrentUser user, Model model) {
		return planPage(service.elder(personId, user), PlanForm.empty(personId), model);
	}

	private String planPage(RosterRow elder, PlanForm form, Model model) {
		model.addAttribute("elder", elder);
		model.addAttribute("items", service.items().stream().filter(ServiceItem::isActive).toList());
		model.addAttribute("form", form);
		return "elderly/home-care/plan";
	}

	@PostMapping("/orders")
	@PreAuthorize(Roles.CASE_WRITE)
	String plan(@Valid @ModelAttribute("form") PlanForm form, BindingResult errors,
			@AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes flash) {
		if (form.personId() == null) {
			throw new NotFoundException("ElderlyPerson", null);
		}
		RosterRow elder = service.elder(form.personId(), user);
		if (!errors.hasErrors()) {
			try {
				ServiceOrder o = service.plan(form, user);
				flash.addFlashAttribute("success", "homecare.flash.planned");
				return "redirect:/elderly/home-care/orders/" + o.getId();
			}
			catch (BusinessRuleException ex) {
				FormErrors.reject(errors, ex);
			}
		}
		return planPage(elder, form, model);
	}

	@GetMapping("/orders/{id}")
	String order(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, Model model) {
		ServiceOrder o = service.order(id, user);
		return orderPage(o, new StepForm(o.getWorkerId(), null, null, null, null, o.getVersion()), null, user, model);
	}

	private String orderPage(ServiceOrder o, StepForm form, String failedStep, CurrentUser user, Model model) {
		model.addAttribute("o", o);
		model.addAttribute("elder", service.elder(o.getPersonId(), user));
		model.addAttribute("item", service.item(o.getItemId()));
		model.addAttribute("provider", service.provider(o.getProviderId()));
		model.addAttribute("worker", service.worker(o.getWorkerId()).orElse(null));
		model.addAttribute("workers", service.workers(o.getProviderId()).stream().filter(Worker::isActive).toList());
		model.addAttribute("satisfactions", Satisfaction.values());
		model.addAttribute("start", HomeCareService.time(o.getPlannedStart()));
		model.addAttribute("checkedIn", HomeCareService.time(o.getCheckedInAt()));
		model.addAttribute("checkedOut", HomeCareService.time(o.getCheckedOutAt()));
		model.addAttribute("form", form);
		model.addAttribute("failedStep", failedStep);
		model.addAttribute("sampled", queries.sampled(o.getId(), o.getServiceMonth()));
		return "elderly/home-care/order";
	}

	@PostMapping("/orders/{id}/{step}")
	@PreAuthorize(Roles.CASE_WRITE)
	String step(@PathVariable long id, @PathVariable String step, @Valid @ModelAttribute("form") StepForm form,
			BindingResult errors, @AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes flash) {
		if (!STEPS.contains(step)) {
			throw new NotFoundException("step", step);
		}
		ServiceOrder o = service.order(id, user);
		if (!errors.hasErrors()) {
			try {
				switch (step) {
					case "dispatch" -> service.dispatch(id, form, user);
					case "check-in" -> service.checkIn(id, form, user);
					case "check-out" -> service.checkOut(id, form, user);
					case "confirm" -> service.confirm(id, form, user);
					case "follow-up" -> service.followUp(id, form, user);
					default -> service.cancel(id, form, user);
				}
				flash.addFlashAttribute("success", "homecare.flash.step." + step);
				return "redirect:/elderly/home-care/orders/" + id;
			}
			catch (BusinessRuleException ex) {
				FormErrors.reject(errors, ex);
			}
		}
		return orderPage(o, form, step, user, model);
	}

}
