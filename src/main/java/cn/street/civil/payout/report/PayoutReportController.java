package cn.street.civil.payout.report;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import cn.street.civil.community.CommunityDirectory;
import cn.street.civil.shared.audit.AuditRecord;
import cn.street.civil.shared.excel.Column;
import cn.street.civil.shared.excel.XlsxExport;
import cn.street.civil.shared.security.CurrentUser;
import cn.street.civil.shared.security.DataScope;
import cn.street.civil.shared.security.Roles;
import cn.street.civil.shared.web.Downloads;
import cn.street.civil.shared.web.NotFoundException;

/**
 * 发放月报: per programme, community and 城/乡 the month's figures of the approved batches, month over month, year
 * to date, 补发 / 追回 and the coverage rate; the 12-month trend; the Excel export. A community caseworker sees only
 * their community's figures; a community filter outside the scope answers 404.
 */
@Controller
@RequestMapping("/payouts/report")
@PreAuthorize(Roles.CASE_READ)
class PayoutReportController {

	private final PayoutReportQueries queries;

	private final CommunityDirectory communities;

	private final MessageSource messages;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	PayoutReportController(PayoutReportQueries queries, CommunityDirectory communities, MessageSource messages,
			ApplicationEventPublisher events, Clock clock) {
		this.queries = queries;
		this.communities = communities;
		this.messages = messages;
		this.events = events;
		this.clock = clock;
	}

	@GetMapping
	String show(@RequestParam(required = false) @DateTimeFormat(pattern = "yyyy-MM") YearMonth month,
			@RequestParam(required = false) Long community, @AuthenticationPrincipal CurrentUser user, Model model) {
		YearMonth shown = month(month);
		MonthlyReport report = queries.report(shown, community(community, user.scope()), user.scope());
		model.addAttribute("report", report);
		model.addAttribute("trend", report.trend());
		model.addAttribute("communities",
				communities.all().stream().filter(c -> user.scope().includes(c.id())).toList());
		model.addAttribute("communityName",
				community == null ? null : communities.byId(community).map(c -> c.name()).orElse(null));
		model.addAttribute("scopeAll", user.scope().all());
		return "payout/report";
	}

	@GetMapping("/export")
	void export(@RequestParam(required = false) @DateTimeFormat(pattern = "yyyy-MM") YearMonth month,
			@RequestParam(required = false) Long community, @AuthenticationPrincipal CurrentUser user,
			HttpServletResponse response) throws IOException {
		YearMonth shown = month(month);
		Long filter = community(community, user.scope());
		MonthlyReport report = queries.report(shown, filter, user.scope());
		List<ReportRow> rows = new ArrayList<>();
		report.programmes().forEach(p -> {
			rows.addAll(p.rows());
			rows.add(p.total());
		});
		events.publishEvent(AuditRecord.of("payout", "REPORT_EXPORT", "PayoutReport", shown,
				filter != null ? filter : user.scope().singleCommunity(), msg("payout.report.export.summary", shown)));
		Downloads.xlsx(response, msg("payout.report.export.file", shown));
		try (OutputStream out = response.getOutputStream()) {
			XlsxExport.write(out, msg("payout.report.export.sheet", shown), columns(), rows);
		}
	}

	/** The month asked for, else the latest month with an approved regular batch, else this month. */
	private YearMonth month(YearMonth asked) {
		return asked != null ? asked : queries.latestApprovedMonth().orElseGet(() -> YearMonth.now(clock));
	}

	/** A community filter must lie in the scope: another community's figures do not exist for this user (404). */
	private static Long community(Long community, DataScope scope) {
		if (community != null && !scope.includes(community)) {
			throw new NotFoundException("Community", community);
		}
		return community;
	}

	private List<Column<ReportRow>> columns() {
		return List.of(new Column<>(msg("payout.report.programme"), r -> msg("payout.programme." + r.programme())),
				new Column<>(msg("payout.report.community"),
						r -> r.total() ? msg("payout.report.total") : r.communityName()),
				new Column<>(msg("payout.report.residence"),
						r -> r.detail() ? msg("payout.report.residence." + r.residence())
								: r.subtotal() ? msg("payout.report.subtotal") : ""),
				new Column<>(msg("payout.report.households"), ReportRow::households),
				new Column<>(msg("payout.report.persons"), ReportRow::persons),
				new Column<>(msg("payout.report.amount"), ReportRow::amount),
				new Column<>(msg("payout.report.average-top-up"), ReportRow::averageTopUp),
				new Column<>(msg("payout.report.added"), ReportRow::added),
				new Column<>(msg("payout.report.stopped"), ReportRow::stopped),
				new Column<>(msg("payout.report.previous-households"), ReportRow::previousHouseholds),
				new Column<>(msg("payout.report.previous-persons"), ReportRow::previousPersons),
				new Column<>(msg("payout.report.previous-amount"), ReportRow::previousAmount),
				new Column<>(msg("payout.report.persons-change"), ReportRow::personsChange),
				new Column<>(msg("payout.report.amount-change"), ReportRow::amountChange),
				new Column<>(msg("payout.report.year-to-date"), ReportRow::yearToDate),
				new Column<>(msg("payout.report.back-pay"), ReportRow::backPay),
				new Column<>(msg("payout.report.recovery"), ReportRow::recovery),
				new Column<>(msg("payout.report.population"), ReportRow::population),
				new Column<>(msg("payout.report.coverage"), ReportRow::coverage));
	}

	private String msg(String key, Object... args) {
		return messages.getMessage(key, args, Locale.SIMPLIFIED_CHINESE);
	}

}
