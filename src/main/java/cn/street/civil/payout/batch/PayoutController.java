package cn.street.civil.payout.batch;

import java.time.Clock;
import java.time.YearMonth;
import java.util.Locale;
import java.util.Set;

import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import cn.street.civil.shared.security.CurrentUser;
import cn.street.civil.shared.security.Roles;
import cn.street.civil.shared.web.BusinessRuleException;
import cn.street.civil.shared.web.FieldRuleException;
import cn.street.civil.shared.web.Paging;

/**
 * 月度发放: the batch list with the generate form, a batch's page (lines, what changed since last month, who
 * stopped, the checks) and its steps. Community caseworkers see every batch but only their community's lines.
 */
@Controller
@RequestMapping("/payouts")
@PreAuthorize(Roles.CASE_READ)
class PayoutController {

	static final Set<String> VIEWS = Set.of("lines", "changes", "stopped", "checks");

	private final PayoutBatchService service;

	private final PayoutQueries queries;

	private final PayoutProgrammes programmes;

	private final MessageSource messages;

	private final Clock clock;

	PayoutController(PayoutBatchService service, PayoutQueries queries, PayoutProgrammes programmes,
			MessageSource messages, Clock clock) {
		this.service = service;
		this.queries = queries;
		this.programmes = programmes;
		this.messages = messages;
		this.clock = clock;
	}

	@ModelAttribute("programmeCodes")
	java.util.List<String> programmeCodes() {
		return programmes.codes();
	}

	@GetMapping
	String list(@RequestParam(required = false) @DateTimeFormat(pattern = "yyyy-MM") YearMonth month,
			@RequestParam(required = false) String programme, @RequestParam(required = false) Integer page,
			@AuthenticationPrincipal CurrentUser user, Model model) {
		model.addAttribute("month", month);
		model.addAttribute("programme", programmes.exists(programme) ? programme : null);
		model.addAttribute("generateMonth", YearMonth.now(clock));
		model.addAttribute("page", queries.batches(month == null ? null : month.atDay(1),
				programmes.exists(programme) ? programme : null, Paging.of(page, null, null, Set.of()), user.scope()));
		return "payout/list";
	}

	@PostMapping
	@PreAuthorize(Roles.STREET_PREPARE)
	String generate(@RequestParam(required = false) String programme,
			@RequestParam(required = false) @DateTimeFormat(pattern = "yyyy-MM") YearMonth month,
			@AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes flash) {
		long id;
		try {
			id = service.generate(programme, month, user);
		}
		catch (BusinessRuleException ex) {
			model.addAttribute(ex instanceof FieldRuleException field ? field.field() + "Error" : "generateError",
					messages.getMessage(ex, Locale.SIMPLIFIED_CHINESE));
			model.addAttribute("generateProgramme", programme);
			model.addAttribute("page", queries.batches(null, null, Paging.of(0, null, null, Set.of()), user.scope()));
			model.addAttribute("generateMonth", month == null ? YearMonth.now(clock) : month);
			return "payout/list";
		}
		flash.addFlashAttribute("success", "payout.flash.generated");
		return "redirect:/payouts/" + id;
	}

	@GetMapping("/{id}")
	String show(@PathVariable long id, @RequestParam(defaultValue = "lines") String view,
			@RequestParam(required = false) Long community, @RequestParam(required = false) String change,
			@RequestParam(required = false) String check, @RequestParam(required = false) String outcome,
			@RequestParam(required = false) String q, @RequestParam(required = false) Integer page,
			@AuthenticationPrincipal CurrentUser user, Model model) {
		PayoutBatch batch = service.get(id);
		String shown = VIEWS.contains(view) ? view : "lines";
		Long communityInScope = community != null && user.scope().includes(community) ? community : null;
		LineFilter filter = switch (shown) {
			case "changes" -> new LineFilter(communityInScope, change == null ? "NEW_OR_CHANGED" : change, null, null, q);
			case "checks" -> new LineFilter(communityInScope, null, check == null ? "ANY" : check, null, q);
			default -> new LineFilter(communityInScope, change, check, outcome, q);
		};
		model.addAttribute("batch", batch);
		model.addAttribute("view", shown);
		model.addAttribute("filter", filter);
		model.addAttribute("totals", queries.totals(batch, user.scope()));
		model.addAttribute("communities", queries.communities(batch, user.scope()));
		model.addAttribute("checkCounts", queries.checkCounts(batch, user.scope()));
		model.addAttribute("supplements", queries.supplements(batch.getId(), user.scope()));
		if (batch.getOriginalBatchId() != null) {
			model.addAttribute("original", service.get(batch.getOriginalBatchId()));
		}
		if (shown.equals("stopped")) {
			model.addAttribute("stops", queries.stops(batch, communityInScope, Paging.of(page, null, null, Set.of()),
					user.scope()));
		}
		else {
			model.addAttribute("lines", queries.lines(batch, filter, Paging.of(page, null, null, Set.of()), user.scope()));
		}
		return "payout/batch";
	}

	@PostMapping("/{id}/regenerate")
	@PreAuthorize(Roles.STREET_PREPARE)
	String regenerate(@PathVariable long id, @RequestParam long version, @AuthenticationPrincipal CurrentUser user,
			RedirectAttributes flash) {
		return step(id, flash, "payout.flash.generated", () -> service.regenerate(id, version, user));
	}

	@PostMapping("/{id}/submit")
	@PreAuthorize(Roles.STREET_PREPARE)
	String submit(@PathVariable long id, @RequestParam long version, @AuthenticationPrincipal CurrentUser user,
			RedirectAttributes flash) {
		return step(id, flash, "payout.flash.submitted", () -> {
			int blocking = service.submit(id, version, user);
			if (blocking > 0) {
				throw new BusinessRuleException("payout.rule.blocking", blocking);
			}
		});
	}

	@PostMapping("/{id}/approve")
	@PreAuthorize(Roles.APPROVE)
	String approve(@PathVariable long id, @RequestParam long version, @RequestParam(required = false) String comment,
			@AuthenticationPrincipal CurrentUser user, RedirectAttributes flash) {
		return step(id, flash, "payout.flash.approved", () -> service.approve(id, version, comment, user));
	}

	@PostMapping("/{id}/return")
	@PreAuthorize(Roles.APPROVE)
	String returnBatch(@PathVariable long id, @RequestParam long version,
			@RequestParam(required = false) String comment, @AuthenticationPrincipal CurrentUser user,
			RedirectAttributes flash) {
		return step(id, flash, "payout.flash.returned", () -> service.returnToPreparer(id, version, comment, user));
	}

	/** Runs a step; a rule that refuses it is shown on the batch page, nothing changed. */
	private String step(long id, RedirectAttributes flash, String success, Runnable action) {
		try {
			action.run();
			flash.addFlashAttribute("success", success);
		}
		catch (BusinessRuleException ex) {
			flash.addFlashAttribute("refusal", messages.getMessage(ex, Locale.SIMPLIFIED_CHINESE));
		}
		return "redirect:/payouts/" + id;
	}

}
