package cn.street.civil.elderly.roster;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Comparator;
import java.util.List;

import cn.street.civil.community.CommunityDirectory;
import cn.street.civil.shared.audit.AuditRecord;
import cn.street.civil.shared.excel.Column;
import cn.street.civil.shared.excel.XlsxExport;
import cn.street.civil.shared.security.CurrentUser;
import cn.street.civil.shared.security.Roles;
import cn.street.civil.shared.web.BusinessRuleException;
import cn.street.civil.shared.web.Downloads;
import cn.street.civil.shared.web.FormErrors;
import cn.street.civil.shared.web.Paging;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 老年人名册: the list at a reference date, its Excel export, and the elderly person page with its forms. */
@Controller
@RequestMapping("/elderly")
@PreAuthorize(Roles.CASE_READ)
class RosterController {

	private final RosterQueries queries;

	private final ElderlyService service;

	private final CommunityDirectory communities;

	private final ApplicationEventPublisher events;

	private final ElderlyText text;

	private final List<PersonPagePart> parts;

	RosterController(RosterQueries queries, ElderlyService service, CommunityDirectory communities,
			ApplicationEventPublisher events, ElderlyText text, List<PersonPagePart> parts) {
		this.queries = queries;
		this.service = service;
		this.communities = communities;
		this.events = events;
		this.text = text;
		this.parts = parts.stream().sorted(Comparator.comparingInt(PersonPagePart::order)).toList();
	}

	@ModelAttribute
	void referenceData(Model model, @AuthenticationPrincipal CurrentUser user) {
		model.addAttribute("communities",
				communities.active().stream().filter(c -> user.scope().includes(c.id())).toList());
		model.addAttribute("bands", AgeBand.values());
		model.addAttribute("levels", AbilityLevel.values());
		model.addAttribute("programmes", RosterProgramme.values());
	}

	@GetMapping
	String list(RosterSearch search, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) String sort, @AuthenticationPrincipal CurrentUser user,
			@RequestHeader(value = "HX-Request", required = false) String htmx, Model model) {
		RosterSearch s = search.on() == null ? search.on(queries.today()) : search;
		model.addAttribute("search", s);
		model.addAttribute("page", queries.roster(s, Paging.of(page, null, sort, RosterQueries.SORTS.keySet()), user.scope()));
		model.addAttribute("bandCounts", queries.bands(s.on(), user.scope()));
		return htmx != null ? "elderly/roster :: results" : "elderly/roster";
	}

	@GetMapping("/export")
	void export(RosterSearch search, @RequestParam(required = false) String sort,
			@AuthenticationPrincipal CurrentUser user, HttpServletResponse response) throws IOException {
		RosterSearch s = search.on() == null ? search.on(queries.today()) : search;
		Sort order = Paging.of(0, 1, sort, RosterQueries.SORTS.keySet()).getSort();
		List<RosterRow> rows = queries.export(s, order, user.scope());
		events.publishEvent(AuditRecord.of("elderly", "EXPORT", "ElderlyRoster", null, user.scope().singleCommunity(),
				text.msg("elderly.export.summary", s.on(), rows.size())));
		Downloads.xlsx(response, text.msg("elderly.export.file", s.on()));
		try (OutputStream out = response.getOutputStream()) {
			XlsxExport.write(out, text.msg("elderly.roster.title"), columns(), rows);
		}
	}

	private List<Column<RosterRow>> columns() {
		return List.of(new Column<>(text.msg("elderly.name"), RosterRow::name),
				new Column<>(text.msg("elderly.id-number"), RosterRow::maskedIdNumber),
				new Column<>(text.msg("elderly.sex"), r -> r.sex().label()),
				new Column<>(text.msg("elderly.birth-date"), RosterRow::birthDate),
				new Column<>(text.msg("elderly.age"), RosterRow::age),
				new Column<>(text.msg("elderly.band"), r -> text.msg("elderly.band." + r.band())),
				new Column<>(text.msg("elderly.community"), RosterRow::communityName),
				new Column<>(text.msg("elderly.household-no"), RosterRow::householdNo),
				new Column<>(text.msg("elderly.address"), RosterRow::address),
				new Column<>(text.msg("elderly.lives-alone"), RosterRow::livesAlone),
				new Column<>(text.msg("elderly.empty-nest"), RosterRow::emptyNest),
				new Column<>(text.msg("elderly.level"), r -> r.level() == null ? "" : text.msg("elderly.level." + r.level())),
				new Column<>(text.msg("elderly.assessed-on"), RosterRow::assessedOn),
				new Column<>(text.msg("elderly.contact.name"), RosterRow::contactName),
				new Column<>(text.msg("elderly.contact.phone"), RosterRow::maskedContactPhone),
				new Column<>(text.msg("elderly.programme.DIBAO"), RosterRow::dibao),
				new Column<>(text.msg("elderly.programme.TEKUN"), RosterRow::tekun),
				new Column<>(text.msg("elderly.programme.EDGE"), RosterRow::edge),
				new Column<>(text.msg("elderly.programme.ALLOWANCE"), RosterRow::allowance));
	}

	@GetMapping("/persons/{personId}")
	String show(@PathVariable long personId, @AuthenticationPrincipal CurrentUser user, Model model) {
		RosterRow person = service.person(personId, user);
		return page(person, ProfileForm.of(service.profile(personId).orElse(null)), AssessmentForm.empty(service.today()),
				user, model);
	}

	private String page(RosterRow person, ProfileForm profileForm, AssessmentForm assessmentForm, CurrentUser user,
			Model model) {
		model.addAttribute("person", person);
		ElderlyProfile profile = service.profile(person.personId()).orElse(null);
		model.addAttribute("profile", profile);
		model.addAttribute("maskedContactPhone", profile == null || profile.getContactPhone() == null ? ""
				: cn.street.civil.shared.privacy.Masking.phone(profile.getContactPhone()));
		model.addAttribute("profileForm", profileForm);
		model.addAttribute("assessmentForm", assessmentForm);
		model.addAttribute("assessments", service.assessments(person.personId()));
		model.addAttribute("today", service.today());
		model.addAttribute("parts", parts);
		for (PersonPagePart part : parts) {
			part.addTo(model, person, user);
		}
		return "elderly/person";
	}

	@PostMapping("/persons/{personId}/profile")
	@PreAuthorize(Roles.CASE_WRITE)
	String updateProfile(@PathVariable long personId, @Valid @ModelAttribute("profileForm") ProfileForm form,
			BindingResult errors, @AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes flash) {
		RosterRow person = service.person(personId, user);
		if (!errors.hasErrors()) {
			try {
				service.updateProfile(personId, form, user);
				flash.addFlashAttribute("success", "elderly.flash.profile");
				return "redirect:/elderly/persons/" + personId;
			}
			catch (BusinessRuleException ex) {
				FormErrors.reject(errors, ex);
			}
		}
		return page(person, form, AssessmentForm.empty(service.today()), user, model);
	}

	@PostMapping("/persons/{personId}/assessments")
	@PreAuthorize(Roles.CASE_WRITE)
	String assess(@PathVariable long personId, @Valid @ModelAttribute("assessmentForm") AssessmentForm form,
			BindingResult errors, @AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes flash) {
		RosterRow person = service.person(personId, user);
		if (!errors.hasErrors()) {
			try {
				service.assess(personId, form, user);
				flash.addFlashAttribute("success", "elderly.flash.assessed");
				return "redirect:/elderly/persons/" + personId;
			}
			catch (BusinessRuleException ex) {
				FormErrors.reject(errors, ex);
			}
		}
		return page(person, ProfileForm.of(service.profile(personId).orElse(null)), form, user, model);
	}

}
