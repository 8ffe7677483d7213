package cn.street.civil.care.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import cn.street.civil.community.CommunityDirectory;
import cn.street.civil.shared.security.CurrentUser;
import cn.street.civil.shared.web.BusinessRuleException;
import cn.street.civil.shared.web.FormErrors;
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

/**
 * 两节走访慰问: the campaigns, opening one, its page (progress and totals per community, the visit list), generating
 * and hand-picking its list, taking a household off, recording a visit, completing it, the printed sign-off list.
 */
@Controller
@RequestMapping("/care/campaigns")
@PreAuthorize("@careAccess.reads()")
class CampaignController {

	static final String CAMPAIGNS = "/care/campaigns/";

	private final CampaignService service;

	private final CampaignQueries queries;

	private final CommunityDirectory communities;

	CampaignController(CampaignService service, CampaignQueries queries, CommunityDirectory communities) {
		this.service = service;
		this.queries = queries;
		this.communities = communities;
	}

	@GetMapping
	String list(@AuthenticationPrincipal CurrentUser user, Model model) {
		model.addAttribute("campaigns", queries.campaigns(user));
		return "care/campaigns";
	}

	@GetMapping("/new")
	@PreAuthorize("@careAccess.manages()")
	String newForm(Model model) {
		CampaignForm form = new CampaignForm();
		LocalDate today = service.today();
		form.setKind(today.getMonthValue() >= 3 && today.getMonthValue() <= 8 ? CampaignKind.ARMY_DAY
				: CampaignKind.SPRING_FESTIVAL);
		form.setYear(today.getMonthValue() > 8 ? today.getYear() + 1 : today.getYear());
		form.setCategories(Arrays.asList(CareCategory.values()));
		form.setStandardCash(new BigDecimal("500.00"));
		return newPage(form, model);
	}

	@PostMapping
	@PreAuthorize("@careAccess.manages()")
	String open(@Valid @ModelAttribute("form") CampaignForm form, BindingResult errors,
			@AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes flash) {
		if (errors.hasErrors()) {
			return newPage(form, model);
		}
		try {
			long id = service.open(form, user);
			flash.addFlashAttribute("success", "care.campaign.flash.opened");
			return "redirect:" + CAMPAIGNS + id;
		}
		catch (BusinessRuleException ex) {
			FormErrors.reject(errors, ex);
			return newPage(form, model);
		}
	}

	@GetMapping("/{id}")
	String show(@PathVariable long id, @RequestParam(required = false) Long communityId,
			@RequestParam(required = false) Boolean unvisited, @AuthenticationPrincipal CurrentUser user, Model model) {
		CareCampaign c = service.get(id);
		List<CampaignQueries.Progress> progress = queries.progress(id, user);
		model.addAttribute("c", c);
		model.addAttribute("progress", progress);
		model.addAttribute("total", total(progress));
		model.addAttribute("communityId", communityId);
		model.addAttribute("unvisited", Boolean.TRUE.equals(unvisited));
		model.addAttribute("visits", queries.visits(id, communityId, Boolean.TRUE.equals(unvisited), user));
		model.addAttribute("communities",
				communities.active().stream().filter(x -> user.scope().includes(x.id())).toList());
		model.addAttribute("needyBases", NeedyBasis.values());
		return "care/campaign";
	}

	@PostMapping("/{id}/generate")
	@PreAuthorize("@careAccess.manages()")
	String generate(@PathVariable long id, @RequestParam long version, @AuthenticationPrincipal CurrentUser user,
			RedirectAttributes flash) {
		int added = service.generate(id, version, user);
		flash.addFlashAttribute("success", "care.campaign.flash.generated");
		flash.addFlashAttribute("successArgs", new Object[] { added });
		return "redirect:" + CAMPAIGNS + id;
	}

	@GetMapping("/{id}/needy")
	@PreAuthorize("@careAccess.manages()")
	String needy(@PathVariable long id, @RequestParam(defaultValue = "DIBAO") NeedyBasis basis,
			@RequestParam(required = false) Long communityId, @AuthenticationPrincipal CurrentUser user, Model model) {
		CareCampaign c = service.get(id);
		model.addAttribute("c", c);
		model.addAttribute("basis", basis);
		model.addAttribute("bases", NeedyBasis.values());
		model.addAttribute("communityId", communityId);
		model.addAttribute("communities", communities.active());
		model.addAttribute("needy", queries.needy(id, basis, communityId, service.today().withDayOfMonth(1), user));
		return "care/campaign-needy";
	}

	@PostMapping("/{id}/needy")
	@PreAuthorize("@careAccess.manages()")
	String pick(@PathVariable long id, @RequestParam NeedyBasis basis,
			@RequestParam(required = false) List<Long> householdIds, @AuthenticationPrincipal CurrentUser user,
			RedirectAttributes flash) {
		int added = service.pick(id, basis, householdIds, user);
		flash.addFlashAttribute("success", "care.campaign.flash.picked");
		flash.addFlashAttribute("successArgs", new Object[] { added });
		return "redirect:" + CAMPAIGNS + id;
	}

	@PostMapping("/{id}/visits/{visitId}/remove")
	@PreAuthorize("@careAccess.manages()")
	String remove(@PathVariable long id, @PathVariable long visitId, @RequestParam long version,
			@AuthenticationPrincipal CurrentUser user, RedirectAttributes flash) {
		service.remove(id, visitId, version, user);
		flash.addFlashAttribute("success", "care.campaign.flash.removed");
		return "redirect:" + CAMPAIGNS + id;
	}

	@GetMapping("/{id}/visits/{visitId}")
	String visitForm(@PathVariable long id, @PathVariable long visitId, @AuthenticationPrincipal CurrentUser user,
			Model model) {
		CampaignVisit v = service.visit(id, visitId, user);
		CareCampaign c = service.get(id);
		VisitForm form = new VisitForm();
		form.setVersion(v.getVersion());
		if (v.visited()) {
			form.setVisitedOn(v.getVisitedOn());
			form.setVisitors(v.getVisitors());
			form.setCash(v.getCash());
			form.setGoods(v.getGoods());
			form.setGoodsValue(v.getGoodsValue());
			form.setNotes(v.getNotes());
		}
		else {
			form.setVisitedOn(service.today());
			form.setCash(c.getStandardCash());
		}
		return visitPage(c, v, form, user, model);
	}

	@PostMapping("/{id}/visits/{visitId}")
	@PreAuthorize("@careAccess.writes()")
	String record(@PathVariable long id, @PathVariable long visitId, @Valid @ModelAttribute("form") VisitForm form,
			BindingResult errors, @AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes flash) {
		CampaignVisit v = service.visit(id, visitId, user);
		service.get(id).requireOpen(); // a completed campaign: the 400 page says so
		if (!errors.hasErrors()) {
			try {
				service.record(id, visitId, form, user);
				flash.addFlashAttribute("success", "care.campaign.flash.visited");
				return "redirect:" + CAMPAIGNS + id + "?communityId=" + v.getCommunityId() + "#visit-" + visitId;
			}
			catch (BusinessRuleException ex) {
				FormErrors.reject(errors, ex);
			}
		}
		return visitPage(service.get(id), v, form, user, model);
	}

	@PostMapping("/{id}/close")
	@PreAuthorize("@careAccess.manages()")
	String close(@PathVariable long id, @RequestParam long version, @AuthenticationPrincipal CurrentUser user,
			RedirectAttributes flash) {
		service.close(id, version, user);
		flash.addFlashAttribute("success", "care.campaign.flash.closed");
		return "redirect:" + CAMPAIGNS + id;
	}

	@GetMapping("/{id}/print")
	String print(@PathVariable long id, @RequestParam(required = false) Long communityId,
			@AuthenticationPrincipal CurrentUser user, Model model) {
		CareCampaign c = service.get(id);
		List<CampaignQueries.VisitRow> rows = queries.visits(id, communityId, false, user);
		List<CampaignQueries.Progress> progress = queries.progress(id, user).stream()
			.filter(p -> communityId == null || p.communityId() == communityId)
			.toList();
		service.printed(id, communityId, rows.size(), user);
		model.addAttribute("c", c);
		model.addAttribute("rows", rows);
		model.addAttribute("total", total(progress));
		model.addAttribute("communityName", communityId == null ? null
				: communities.byId(communityId).map(x -> x.name()).orElse(null));
		return "care/campaign-print";
	}

	private String newPage(CampaignForm form, Model model) {
		model.addAttribute("form", form);
		model.addAttribute("kinds", CampaignKind.values());
		model.addAttribute("categories", CareCategory.values());
		return "care/campaign-new";
	}

	private String visitPage(CareCampaign c, CampaignVisit v, VisitForm form, CurrentUser user, Model model) {
		CampaignQueries.VisitRow row = queries.visits(c.getId(), v.getCommunityId(), false, user).stream()
			.filter(r -> r.id() == v.getId())
			.findFirst()
			.orElseThrow();
		model.addAttribute("c", c);
		model.addAttribute("v", row);
		model.addAttribute("form", form);
		return "care/campaign-visit";
	}

	private static CampaignQueries.Progress total(List<CampaignQueries.Progress> progress) {
		return new CampaignQueries.Progress(0, null, progress.stream().mapToLong(CampaignQueries.Progress::households).sum(),
				progress.stream().mapToLong(CampaignQueries.Progress::visited).sum(),
				progress.stream().map(CampaignQueries.Progress::cash).reduce(BigDecimal.ZERO, BigDecimal::add),
				progress.stream().map(CampaignQueries.Progress::goodsValue).reduce(BigDecimal.ZERO, BigDecimal::add));
	}

}
