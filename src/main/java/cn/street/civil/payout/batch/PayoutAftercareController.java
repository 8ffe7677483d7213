package cn.street.civil.payout.batch;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import cn.street.civil.shared.security.CurrentUser;
import cn.street.civil.shared.security.Roles;
import cn.street.civil.shared.web.BusinessRuleException;
import cn.street.civil.shared.web.Downloads;
import cn.street.civil.shared.web.FieldRuleException;

/** After the approval: the bank's result (回盘) and the supplementary batches (补发 / 追回). Street caseworkers. */
@Controller
@RequestMapping("/payouts/{id}")
@PreAuthorize(Roles.STREET_PREPARE)
class PayoutAftercareController {

	private final PayoutBatchService service;

	private final BankResultImport bankResults;

	private final Supplements supplements;

	private final MessageSource messages;

	PayoutAftercareController(PayoutBatchService service, BankResultImport bankResults, Supplements supplements,
			MessageSource messages) {
		this.service = service;
		this.bankResults = bankResults;
		this.supplements = supplements;
		this.messages = messages;
	}

	@GetMapping("/bank-result")
	String bankResult(@PathVariable long id, Model model) {
		model.addAttribute("batch", service.get(id));
		model.addAttribute("summary", bankResults.summary(id).orElse(null));
		return "payout/bank-result";
	}

	@GetMapping("/bank-result/template")
	void template(@PathVariable long id, jakarta.servlet.http.HttpServletResponse response) throws IOException {
		PayoutBatch batch = service.get(id);
		Downloads.xlsx(response, msg("payout.bank-result.sheet") + "_" + msg("payout.programme." + batch.getProgramme())
				+ "_" + batch.month() + ".xlsx");
		try (OutputStream out = response.getOutputStream()) {
			bankResults.template(id, out);
		}
	}

	@PostMapping("/bank-result")
	String importResult(@PathVariable long id, @RequestParam(required = false) MultipartFile file,
			@AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes flash) throws IOException {
		PayoutBatch batch = service.get(id);
		if (file == null || file.isEmpty()) {
			model.addAttribute("batch", batch);
			model.addAttribute("fileError", msg("payout.bank-result.file-required"));
			return "payout/bank-result";
		}
		BankResultImport.Outcome outcome;
		try (InputStream in = file.getInputStream()) {
			outcome = bankResults.importFile(id, file.getOriginalFilename(), in, user);
		}
		catch (BusinessRuleException ex) {
			flash.addFlashAttribute("refusal", messages.getMessage(ex, Locale.SIMPLIFIED_CHINESE));
			return "redirect:/payouts/" + id + "/bank-result";
		}
		if (!outcome.imported()) {
			model.addAttribute("batch", batch);
			model.addAttribute("errors", outcome.errors());
			return "payout/bank-result";
		}
		flash.addFlashAttribute("success", "payout.bank-result.imported");
		flash.addFlashAttribute("successArgs", new Object[] { outcome.paid(), outcome.refused(),
				PayoutBatchService.money(outcome.refusedAmount()) });
		return "redirect:/payouts/" + id + "?view=lines";
	}

	@GetMapping("/supplements/new")
	String supplementForm(@PathVariable long id, @RequestParam(defaultValue = "BACK_PAY") BatchKind kind,
			Model model) {
		model.addAttribute("batch", service.get(id));
		model.addAttribute("kind", kind == BatchKind.REGULAR ? BatchKind.BACK_PAY : kind);
		model.addAttribute("lines", kind == BatchKind.RECOVERY ? "" : supplements.refusedLines(id));
		return "payout/supplement";
	}

	@PostMapping("/supplements")
	String createSupplement(@PathVariable long id, @RequestParam(required = false) BatchKind kind,
			@RequestParam(required = false) String reason, @RequestParam(required = false) String lines,
			@AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes flash) {
		try {
			long created = supplements.create(id, kind, reason, lines, user);
			flash.addFlashAttribute("success", "payout.supplement.flash.created");
			return "redirect:/payouts/" + created;
		}
		catch (FieldRuleException ex) {
			model.addAttribute(ex.field() + "Error", messages.getMessage(ex, Locale.SIMPLIFIED_CHINESE));
		}
		catch (BusinessRuleException ex) {
			model.addAttribute("refusal", messages.getMessage(ex, Locale.SIMPLIFIED_CHINESE));
		}
		model.addAttribute("batch", service.get(id));
		model.addAttribute("kind", kind);
		model.addAttribute("reason", reason);
		model.addAttribute("lines", lines);
		return "payout/supplement";
	}

	@PostMapping("/discard")
	String discard(@PathVariable long id, @RequestParam long version, RedirectAttributes flash) {
		long original = supplements.discard(id, version);
		flash.addFlashAttribute("success", "payout.supplement.flash.discarded");
		return "redirect:/payouts/" + original;
	}

	private String msg(String key) {
		return messages.getMessage(key, null, key, Locale.SIMPLIFIED_CHINESE);
	}

}
