package cn.street.civil.household.importing;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Map;
import java.util.Optional;

import cn.street.civil.community.CommunityDirectory;
import cn.street.civil.community.CommunityRef;
import cn.street.civil.shared.excel.ImportLimits;
import cn.street.civil.shared.excel.XlsxExport;
import cn.street.civil.shared.security.CurrentUser;
import cn.street.civil.shared.security.Roles;
import cn.street.civil.shared.web.BusinessRuleException;
import cn.street.civil.shared.web.Downloads;
import cn.street.civil.shared.web.Paging;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.data.domain.Sort;
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

/** 户籍台账导入: the import log, the template, upload → preview → 确认导入 or 放弃. */
@Controller
@RequestMapping("/household-imports")
@PreAuthorize(Roles.CASE_READ)
class HouseholdImportController {

	private final HouseholdImportService imports;

	private final CommunityDirectory communities;

	private final ImportLabels labels;

	HouseholdImportController(HouseholdImportService imports, CommunityDirectory communities, ImportLabels labels) {
		this.imports = imports;
		this.communities = communities;
		this.labels = labels;
	}

	@GetMapping
	String list(@RequestParam(required = false) Integer page, @AuthenticationPrincipal CurrentUser user, Model model) {
		model.addAttribute("page", imports.log(Paging.of(page, null, null, Map.of(), Sort.unsorted()), user));
		return "household/imports";
	}

	@GetMapping("/template")
	@PreAuthorize(Roles.CASE_WRITE)
	void template(@AuthenticationPrincipal CurrentUser user, HttpServletResponse response) throws IOException {
		Long own = user.scope().singleCommunity();
		CommunityRef example = (own == null ? Optional.<CommunityRef>empty() : communities.byId(own))
			.or(() -> communities.active().stream().findFirst())
			.orElse(new CommunityRef(0, "001", labels.message("household.community"), true, 0));
		Downloads.xlsx(response, labels.message("import.template.file"));
		try (OutputStream out = response.getOutputStream()) {
			XlsxExport.template(out, labels.message("import.template.sheet"), labels.headers(),
					ImportTemplate.examples(example, labels));
		}
	}

	@PostMapping
	@PreAuthorize(Roles.CASE_WRITE)
	String upload(@RequestParam(name = "file", required = false) MultipartFile file,
			@AuthenticationPrincipal CurrentUser user, Model model) throws IOException {
		long id;
		try {
			if (file == null || file.isEmpty()) {
				throw new BusinessRuleException("import.file.required");
			}
			if (file.getSize() > ImportLimits.standard().maxBytes()) {
				throw new BusinessRuleException("error.upload.too-large");
			}
			id = imports.upload(file.getOriginalFilename(), file.getBytes(), user);
		}
		catch (BusinessRuleException ex) {
			model.addAttribute("uploadError", labels.message(ex));
			return list(null, user, model);
		}
		return "redirect:/household-imports/" + id;
	}

	@GetMapping("/{id}")
	String show(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, Model model) {
		HouseholdImportService.ImportView view = imports.view(id, user);
		model.addAttribute("upload", view.upload());
		model.addAttribute("mayDecide", view.mayDecide());
		model.addAttribute("communityName", view.upload().getScopeCommunityId() == null ? null
				: communities.byId(view.upload().getScopeCommunityId()).map(CommunityRef::name).orElse(null));
		ImportPreview preview = view.preview();
		if (preview != null) {
			model.addAttribute("totalRows", preview.totalRows());
			model.addAttribute("errorRows", preview.errorRows());
			model.addAttribute("heldRows", preview.heldRows());
			model.addAttribute("households", preview.importableHouseholds());
			model.addAttribute("persons", preview.importablePersons());
			model.addAttribute("badRows", preview.badRows());
			model.addAttribute("heldBack", preview.heldBack());
		}
		return "household/import-preview";
	}

	@PostMapping("/{id}/commit")
	@PreAuthorize(Roles.CASE_WRITE)
	String commit(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, RedirectAttributes flash) {
		try {
			ImportPreview done = imports.commit(id, user);
			flash.addFlashAttribute("success", "import.flash.committed");
			flash.addFlashAttribute("successArgs",
					new Object[] { done.importableHouseholds(), done.importablePersons() });
		}
		catch (BusinessRuleException ex) {
			refused(ex, flash);
		}
		return "redirect:/household-imports/" + id;
	}

	@PostMapping("/{id}/discard")
	@PreAuthorize(Roles.CASE_WRITE)
	String discard(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, RedirectAttributes flash) {
		try {
			imports.discard(id, user);
			flash.addFlashAttribute("success", "import.flash.discarded");
		}
		catch (BusinessRuleException ex) {
			refused(ex, flash);
		}
		return "redirect:/household-imports/" + id;
	}

	private static void refused(BusinessRuleException ex, RedirectAttributes flash) {
		flash.addFlashAttribute("warning", ex.getCodes()[0]);
		if (ex.getArguments() != null && ex.getArguments().length > 0) {
			flash.addFlashAttribute("warningArgs", ex.getArguments());
		}
	}

}
