package cn.street.civil.assistance.dibao;

import java.util.Locale;

import cn.street.civil.assistance.casework.AssistanceCase;
import cn.street.civil.community.CommunityDirectory;
import cn.street.civil.shared.audit.AuditRecord;
import cn.street.civil.shared.security.CurrentUser;
import cn.street.civil.shared.security.Roles;
import cn.street.civil.shared.web.BusinessRuleException;
import cn.street.civil.shared.web.FormErrors;

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

/**
 * 低保 procedure routes: 民主评议, the written rejection notice delivered, and the printable 审核确认通知书 /
 * 不予确认通知书. Every route loads the case in the user's scope first (404 outside it), then checks the role.
 */
@Controller
@RequestMapping("/dibao/cases/{id}")
@PreAuthorize(Roles.CASE_READ)
class ProcedureController {

	private final DibaoProcedure procedure;

	private final DibaoService service;

	private final CommunityDirectory communities;

	private final ApplicationEventPublisher events;

	private final MessageSource messages;

	private final cn.street.civil.assistance.casework.CaseWorkflow workflow;

	ProcedureController(DibaoProcedure procedure, DibaoService service, CommunityDirectory communities,
			ApplicationEventPublisher events, MessageSource messages,
			cn.street.civil.assistance.casework.CaseWorkflow workflow) {
		this.workflow = workflow;
		this.procedure = procedure;
		this.service = service;
		this.communities = communities;
		this.events = events;
		this.messages = messages;
	}

	@GetMapping("/community-review")
	String reviewForm(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, Model model) {
		AssistanceCase c = procedure.forReview(id, user);
		CommunityReviewForm form = new CommunityReviewForm();
		form.setVersion(c.getVersion());
		form.setHeldOn(service.today());
		model.addAttribute("form", form);
		return reviewPage(c, model);
	}

	@PostMapping("/community-review")
	String review(@PathVariable long id, @ModelAttribute("form") CommunityReviewForm form, BindingResult errors,
			@AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes flash) {
		AssistanceCase c = procedure.forReview(id, user);
		if (errors.hasErrors()) {
			return reviewPage(c, model);
		}
		try {
			procedure.communityReview(id, form, user);
		}
		catch (BusinessRuleException ex) {
			FormErrors.reject(errors, ex);
			return reviewPage(c, model);
		}
		flash.addFlashAttribute("success", "procedure.flash.COMMUNITY_REVIEW");
		return "redirect:/dibao/cases/" + id;
	}

	private String reviewPage(AssistanceCase c, Model model) {
		model.addAttribute("c", c);
		model.addAttribute("mode", procedure.mode());
		model.addAttribute("reviews", procedure.reviews(c));
		return "assistance/community-review";
	}

	@PostMapping("/rejection-notified")
	String rejectionNotified(@PathVariable long id, @RequestParam long version,
			@RequestParam(required = false) String comment, @AuthenticationPrincipal CurrentUser user,
			RedirectAttributes flash) {
		procedure.rejectionNotified(id, version, comment, user);
		flash.addFlashAttribute("success", "procedure.flash.NOTIFY_REJECTION");
		return "redirect:/dibao/cases/" + id;
	}

	/** 审核确认通知书 (A4): applicant, 户号, covered count, monthly amount, first paid month, basis, seal line. */
	@GetMapping("/print/approval")
	String approval(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, Model model) {
		AssistanceCase c = procedure.forNotice(id, true, user);
		return notice(c, "approval", model);
	}

	/** 不予确认通知书 (A4): the reasons, how to ask for 复查 or take the legal channels, the date. */
	@GetMapping("/print/rejection")
	String rejection(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, Model model) {
		AssistanceCase c = procedure.forNotice(id, false, user);
		return notice(c, "rejection", model);
	}

	private String notice(AssistanceCase c, String kind, Model model) {
		events.publishEvent(AuditRecord.of("assistance", "PRINT", "AssistanceCase", c.getId(), c.getCommunityId(),
				msg("procedure.print." + kind + ".summary", c.getHouseholdNo())));
		model.addAttribute("c", c);
		// the notice states the decision as it was made (later reviews and 调标 are decisions of their own)
		model.addAttribute("decided", workflow.changes(c)
			.stream()
			.filter(ch -> ch.getKind() == cn.street.civil.assistance.casework.ChangeKind.CONFIRM)
			.reduce((a, b) -> b)
			.map(cn.street.civil.assistance.casework.CaseChange::amount)
			.orElse(null));
		model.addAttribute("communityName", communities.byId(c.getCommunityId()).map(r -> r.name()).orElse(""));
		model.addAttribute("today", service.today());
		return "assistance/print-" + kind;
	}

	private String msg(String key, Object... args) {
		return messages.getMessage(key, args, key, Locale.SIMPLIFIED_CHINESE);
	}

}
