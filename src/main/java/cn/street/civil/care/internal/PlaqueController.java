package cn.street.civil.care.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import cn.street.civil.community.CommunityDirectory;
import cn.street.civil.shared.audit.AuditRecord;
import cn.street.civil.shared.excel.Column;
import cn.street.civil.shared.excel.XlsxExport;
import cn.street.civil.shared.security.CurrentUser;
import cn.street.civil.shared.web.BusinessRuleException;
import cn.street.civil.shared.web.Downloads;
import cn.street.civil.shared.web.FormErrors;
import cn.street.civil.shared.web.Paging;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
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

/** 光荣牌: the qualifying households (with or without a plaque) and their export, a household's plaques, hang, replace. */
@Controller
@RequestMapping("/care/plaques")
@PreAuthorize("@careAccess.reads()")
class PlaqueController {

	static final String HOUSEHOLD = "/care/plaques/households/";

	private final PlaqueService service;

	private final PlaqueQueries queries;

	private final CommunityDirectory communities;

	private final ApplicationEventPublisher events;

	private final MessageSource messages;

	PlaqueController(PlaqueService service, PlaqueQueries queries, CommunityDirectory communities,
			ApplicationEventPublisher events, MessageSource messages) {
		this.service = service;
		this.queries = queries;
		this.communities = communities;
		this.events = events;
		this.messages = messages;
	}

	@GetMapping
	String list(PlaqueQueries.Search search, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) String sort, @AuthenticationPrincipal CurrentUser user, Model model) {
		model.addAttribute("communities",
				communities.active().stream().filter(c -> user.scope().includes(c.id())).toList());
		model.addAttribute("search", search);
		model.addAttribute("page",
				queries.page(search, Paging.of(page, null, sort, PlaqueQueries.SORTS.keySet()), user));
		return "care/plaques";
	}

	@GetMapping("/export")
	void export(PlaqueQueries.Search search, @RequestParam(required = false) String sort,
			@AuthenticationPrincipal CurrentUser user, HttpServletResponse response) throws IOException {
		List<PlaqueQueries.Row> rows = queries.export(search,
				Paging.of(0, 1, sort, PlaqueQueries.SORTS.keySet()).getSort(), user);
		events.publishEvent(AuditRecord.of(CareService.MODULE, "PLAQUE_EXPORT", "CarePlaque", null,
				user.scope().singleCommunity(), msg("care.plaque.export.summary", rows.size())));
		Downloads.xlsx(response, msg("care.plaque.export.file", LocalDate.now()));
		try (OutputStream out = response.getOutputStream()) {
			XlsxExport.write(out, msg("care.plaque.title"),
					List.of(new Column<>(msg("care.plaque.household-no"), PlaqueQueries.Row::householdNo),
							new Column<>(msg("care.plaque.head"), PlaqueQueries.Row::headName),
							new Column<>(msg("care.community"), PlaqueQueries.Row::communityName),
							new Column<>(msg("care.plaque.address"), PlaqueQueries.Row::address),
							new Column<>(msg("care.plaque.basis"), r -> msg("care.plaque.basis." + r.basis())),
							new Column<>(msg("care.plaque.persons"), PlaqueQueries.Row::persons),
							new Column<>(msg("care.plaque.hung-on"), PlaqueQueries.Row::hungOn),
							new Column<>(msg("care.plaque.hung-by"), PlaqueQueries.Row::hungBy)),
					rows);
		}
	}

	@GetMapping("/households/{householdId}")
	String household(@PathVariable long householdId, @AuthenticationPrincipal CurrentUser user, Model model) {
		PlaqueForm form = new PlaqueForm();
		form.setHungOn(LocalDate.now());
		return page(householdId, form, user, model);
	}

	@PostMapping("/households/{householdId}")
	@PreAuthorize("@careAccess.writes()")
	String hang(@PathVariable long householdId, @Valid @ModelAttribute("form") PlaqueForm form, BindingResult errors,
			@AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes flash) {
		if (!errors.hasErrors()) {
			try {
				service.hang(householdId, form, user);
				flash.addFlashAttribute("success", "care.plaque.flash.hung");
				return "redirect:" + HOUSEHOLD + householdId;
			}
			catch (BusinessRuleException ex) {
				FormErrors.reject(errors, ex);
			}
		}
		return page(householdId, form, user, model);
	}

	@PostMapping("/{plaqueId}/replace")
	@PreAuthorize("@careAccess.writes()")
	String replace(@PathVariable long plaqueId, @Valid @ModelAttribute("form") PlaqueForm form, BindingResult errors,
			@AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes flash) {
		long householdId = queries.householdOfPlaque(plaqueId, user);
		if (!errors.hasErrors()) {
			try {
				service.replace(plaqueId, form, user);
				flash.addFlashAttribute("success", "care.plaque.flash.replaced");
				return "redirect:" + HOUSEHOLD + householdId;
			}
			catch (BusinessRuleException ex) {
				FormErrors.reject(errors, ex);
			}
		}
		return page(householdId, form, user, model);
	}

	private String page(long householdId, PlaqueForm form, CurrentUser user, Model model) {
		PlaqueQueries.Row row = service.household(householdId, user);
		model.addAttribute("h", row);
		model.addAttribute("qualifying", queries.qualifying(householdId));
		model.addAttribute("plaques", queries.plaques(householdId));
		model.addAttribute("form", form);
		return "care/plaque";
	}

	private String msg(String key, Object... args) {
		return messages.getMessage(key, args, key, Locale.SIMPLIFIED_CHINESE);
	}

}
