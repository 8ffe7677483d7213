package cn.street.civil.payout.batch;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import cn.street.civil.shared.audit.AuditRecord;
import cn.street.civil.shared.excel.Column;
import cn.street.civil.shared.excel.XlsxExport;
import cn.street.civil.shared.security.CurrentUser;
import cn.street.civil.shared.security.Roles;
import cn.street.civil.shared.web.Downloads;
import cn.street.civil.shared.web.NotFoundException;
import jakarta.servlet.http.HttpServletResponse;

/**
 * What leaves a batch on paper or as a file: the Excel list of the lines in the user's scope (masked), the bank
 * file of an approved batch (street only, full numbers through the audited reveal) and the printable 花名册 per
 * community (A4 landscape, totals per page and overall, signature lines, masked numbers).
 */
@Controller
@RequestMapping("/payouts/{id}")
@PreAuthorize(Roles.CASE_READ)
class PayoutFilesController {

	/** Lines per printed A4 landscape page of the 花名册. */
	static final int ROSTER_ROWS_PER_PAGE = 15;

	private final PayoutBatchService service;

	private final PayoutQueries queries;

	private final BankFile bankFile;

	private final ApplicationEventPublisher events;

	private final MessageSource messages;

	PayoutFilesController(PayoutBatchService service, PayoutQueries queries, BankFile bankFile,
			ApplicationEventPublisher events, MessageSource messages) {
		this.service = service;
		this.queries = queries;
		this.bankFile = bankFile;
		this.events = events;
		this.messages = messages;
	}

	@GetMapping("/export")
	void export(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, HttpServletResponse response)
			throws IOException {
		PayoutBatch batch = service.get(id);
		List<LineRow> lines = queries.allLines(batch, null, user.scope());
		events.publishEvent(AuditRecord.of("payout", "EXPORT", "PayoutBatch", id, user.scope().singleCommunity(),
				msg("payout.export.summary", label(batch), lines.size())));
		Downloads.xlsx(response, msg("payout.export.file", label(batch)) + ".xlsx");
		try (OutputStream out = response.getOutputStream()) {
			XlsxExport.write(out, msg("payout.batch"), List.of(
					new Column<LineRow>(msg("payout.line.no"), LineRow::lineNo),
					new Column<>(msg("payout.line.community"), LineRow::communityName),
					new Column<>(msg("payout.line.payee"), LineRow::payeeName),
					new Column<>(msg("payout.line.id-number"), LineRow::idMasked),
					new Column<>(msg("payout.line.residence"), l -> l.residenceType() == null ? null
							: msg("payout.line.residence." + l.residenceType())),
					new Column<>(msg("payout.line.persons"), LineRow::personCount),
					new Column<>(msg("payout.line.base"), LineRow::baseAmount),
					new Column<>(msg("payout.line.add-ons"), LineRow::addOns),
					new Column<>(msg("payout.line.care"), LineRow::careAmount),
					new Column<>(msg("payout.line.amount"), LineRow::amount),
					new Column<>(msg("payout.line.previous"), LineRow::previousAmount),
					new Column<>(msg("payout.line.change"), l -> msg("payout.change." + l.changeMark())),
					new Column<>(msg("payout.line.breakdown"), LineRow::breakdown),
					new Column<>(msg("payout.line.note"), LineRow::changeNote),
					new Column<>(msg("payout.line.bank"), LineRow::bankName),
					new Column<>(msg("payout.line.account"), LineRow::accountMasked),
					new Column<>(msg("payout.line.checks"), l -> String.join("、",
							l.checks().stream().map(c -> msg("payout.check." + c)).toList()))), lines);
		}
	}

	@GetMapping("/bank-file.csv")
	void bankFileCsv(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, HttpServletResponse response)
			throws IOException {
		bankFile(id, BankFile.Format.CSV, user, response);
	}

	@GetMapping("/bank-file.xlsx")
	void bankFileXlsx(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, HttpServletResponse response)
			throws IOException {
		bankFile(id, BankFile.Format.XLSX, user, response);
	}

	private void bankFile(long id, BankFile.Format format, CurrentUser user, HttpServletResponse response)
			throws IOException {
		PayoutBatch batch = bankFile.exportable(id);
		String name = bankFile.fileName(batch, format);
		if (format == BankFile.Format.CSV) {
			response.setContentType("text/csv;charset=UTF-8");
			response.setHeader("Content-Disposition", "attachment; filename=\"bank-file.csv\"; filename*=UTF-8''"
					+ URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20"));
		}
		else {
			Downloads.xlsx(response, name);
		}
		try (OutputStream out = response.getOutputStream()) {
			bankFile.write(id, format, out, user);
		}
	}

	/**
	 * The 花名册 of one community (a community caseworker: their own; another community's is not found), or the
	 * list of communities to print when none is chosen.
	 */
	@GetMapping("/roster")
	String roster(@PathVariable long id, @RequestParam(required = false) Long community,
			@AuthenticationPrincipal CurrentUser user, Model model) {
		PayoutBatch batch = service.get(id);
		Long chosen = community != null ? community : user.scope().singleCommunity();
		model.addAttribute("batch", batch);
		if (chosen == null) {
			model.addAttribute("communities", queries.communities(batch, user.scope()));
			return "payout/roster-index";
		}
		if (!user.scope().includes(chosen)) {
			throw new NotFoundException("Community", chosen);
		}
		List<LineRow> lines = queries.allLines(batch, chosen, user.scope());
		model.addAttribute("communityName", queries.communities(batch, user.scope()).stream()
			.filter(c -> c.communityId() == chosen).map(CommunityTotals::communityName).findFirst().orElse(""));
		model.addAttribute("pages", RosterPage.split(lines, ROSTER_ROWS_PER_PAGE));
		model.addAttribute("overall", RosterPage.Sum.of(lines));
		return "payout/roster";
	}

	private String label(PayoutBatch batch) {
		return msg("payout.programme." + batch.getProgramme()) + " " + batch.month() + " "
				+ msg("payout.kind." + batch.getKind());
	}

	private String msg(String key, Object... args) {
		Object[] plain = java.util.Arrays.stream(args).map(String::valueOf).toArray();
		return messages.getMessage(key, plain, key, Locale.SIMPLIFIED_CHINESE);
	}

	/** One printed page of the 花名册 with its subtotal. */
	record RosterPage(int number, int of, List<LineRow> lines, Sum sum) {

		static List<RosterPage> split(List<LineRow> lines, int perPage) {
			List<RosterPage> pages = new ArrayList<>();
			int count = Math.max(1, (lines.size() + perPage - 1) / perPage);
			for (int p = 0; p < count; p++) {
				List<LineRow> part = lines.subList(p * perPage, Math.min(lines.size(), (p + 1) * perPage));
				pages.add(new RosterPage(p + 1, count, part, Sum.of(part)));
			}
			return pages;
		}

		record Sum(long lines, long households, long persons, BigDecimal base, BigDecimal addOns, BigDecimal care,
				BigDecimal amount) {

			static Sum of(List<LineRow> lines) {
				BigDecimal zero = BigDecimal.ZERO.setScale(2);
				return new Sum(lines.size(), lines.stream().map(LineRow::recipientKey).distinct().count(),
						lines.stream().mapToLong(LineRow::personCount).sum(),
						lines.stream().map(LineRow::baseAmount).reduce(zero, BigDecimal::add),
						lines.stream().map(LineRow::addOns).reduce(zero, BigDecimal::add),
						lines.stream().map(LineRow::careAmount).reduce(zero, BigDecimal::add),
						lines.stream().map(LineRow::amount).reduce(zero, BigDecimal::add));
			}

		}

	}

}
