package cn.street.civil.standard.internal;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import cn.street.civil.shared.security.CurrentUser;
import cn.street.civil.shared.security.Roles;
import cn.street.civil.shared.web.NotFoundException;
import cn.street.civil.standard.StandardParameter;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;

/** 政策标准: every parameter with its value this month and the next change; a parameter's history. */
@Controller
@RequestMapping("/standards")
@PreAuthorize(Roles.CASE_READ)
class StandardController {

	private final StandardQueries queries;

	StandardController(StandardQueries queries) {
		this.queries = queries;
	}

	@GetMapping
	String list(@AuthenticationPrincipal CurrentUser user, Model model) {
		Map<StandardParameter.Group, List<OverviewRow>> groups = grouped(queries.overview());
		model.addAttribute("groups", groups);
		model.addAttribute("month", queries.currentMonth());
		model.addAttribute("pendingCount", groups.values().stream().flatMap(List::stream).mapToInt(OverviewRow::pending).sum());
		model.addAttribute("mayPropose", Roles.STREET_PREPARERS.contains(user.role()));
		return "standard/list";
	}

	@GetMapping("/{parameter}")
	String history(@PathVariable String parameter, @AuthenticationPrincipal CurrentUser user, Model model) {
		StandardParameter p = Arrays.stream(StandardParameter.values())
			.filter(c -> c.name().equals(parameter))
			.findFirst()
			.orElseThrow(() -> new NotFoundException("standard parameter", parameter));
		model.addAttribute("parameter", p);
		model.addAttribute("items", StandardItem.all().stream().filter(i -> i.parameter() == p).toList());
		model.addAttribute("rows", queries.history(p));
		model.addAttribute("mayPropose", Roles.STREET_PREPARERS.contains(user.role()));
		return "standard/history";
	}

	/** The rows by group, in the order of the parameters. */
	static Map<StandardParameter.Group, List<OverviewRow>> grouped(List<OverviewRow> rows) {
		return rows.stream().collect(Collectors.groupingBy(OverviewRow::group, LinkedHashMap::new, Collectors.toList()));
	}

}
