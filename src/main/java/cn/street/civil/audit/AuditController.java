package cn.street.civil.audit;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import cn.street.civil.shared.audit.AuditRecord;
import cn.street.civil.shared.excel.Column;
import cn.street.civil.shared.excel.XlsxExport;
import cn.street.civil.shared.security.CurrentUser;
import cn.street.civil.shared.web.Downloads;
import cn.street.civil.shared.web.Paging;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Sort;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** 审计日志: search and Excel export (the export itself is audited). */
@Controller
@RequestMapping("/audit")
class AuditController {

	private static final List<Column<AuditEntryRow>> COLUMNS = List.of(new Column<>("时间", AuditEntryRow::occurredAt),
			new Column<>("用户", AuditEntryRow::username), new Column<>("角色", AuditEntryRow::role),
			new Column<>("IP", AuditEntryRow::ip), new Column<>("模块", AuditEntryRow::module),
			new Column<>("操作", AuditEntryRow::action), new Column<>("对象类型", AuditEntryRow::objectType),
			new Column<>("对象ID", AuditEntryRow::objectId), new Column<>("社区ID", AuditEntryRow::communityId),
			new Column<>("摘要", AuditEntryRow::summary), new Column<>("变更明细", AuditEntryRow::details),
			new Column<>("结果", r -> r.success() ? "成功" : "失败"), new Column<>("浏览器", AuditEntryRow::userAgent));

	private final AuditSearch search;

	private final ApplicationEventPublisher events;

	AuditController(AuditSearch search, ApplicationEventPublisher events) {
		this.search = search;
		this.events = events;
	}

	@GetMapping
	String list(AuditFilter filter, @RequestParam(required = false) Integer page,
			@AuthenticationPrincipal CurrentUser user, Model model) {
		model.addAttribute("filter", filter);
		model.addAttribute("page", search.search(filter, Paging.of(page, 50, null, Map.of(), Sort.unsorted()), user));
		return "audit/list";
	}

	@GetMapping("/export")
	void export(AuditFilter filter, @AuthenticationPrincipal CurrentUser user, HttpServletResponse response)
			throws IOException {
		List<AuditEntryRow> rows = search.export(filter, user);
		events.publishEvent(AuditRecord.of("audit", "EXPORT", "AuditEntry", null, null, "导出审计日志 " + rows.size() + " 条"));
		Downloads.xlsx(response, "审计日志-" + LocalDate.now() + ".xlsx");
		try (OutputStream out = response.getOutputStream()) {
			XlsxExport.write(out, "审计日志", COLUMNS, rows);
		}
	}

}
