package cn.street.civil.community;

import cn.street.civil.shared.web.BusinessRuleException;
import cn.street.civil.shared.web.FormErrors;
import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 社区管理 for the admin. */
@Controller
@RequestMapping("/admin/communities")
class CommunityController {

	private final CommunityService communities;

	CommunityController(CommunityService communities) {
		this.communities = communities;
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("communities", communities.list());
		return "admin/communities";
	}

	@GetMapping("/new")
	String newForm(Model model) {
		model.addAttribute("form", CommunityForm.empty());
		return "admin/community-form";
	}

	@PostMapping
	String create(@Valid @ModelAttribute("form") CommunityForm form, BindingResult errors, RedirectAttributes flash) {
		if (errors.hasErrors()) {
			return "admin/community-form";
		}
		try {
			communities.create(form);
		}
		catch (BusinessRuleException ex) {
			FormErrors.reject(errors, ex);
			return "admin/community-form";
		}
		flash.addFlashAttribute("success", "flash.community.created");
		return "redirect:/admin/communities";
	}

	@GetMapping("/{id}/edit")
	String editForm(@PathVariable long id, Model model) {
		Community community = communities.get(id);
		model.addAttribute("form", CommunityForm.of(community));
		model.addAttribute("communityId", id);
		return "admin/community-form";
	}

	@PostMapping("/{id}")
	String update(@PathVariable long id, @Valid @ModelAttribute("form") CommunityForm form, BindingResult errors,
			Model model, RedirectAttributes flash) {
		model.addAttribute("communityId", id);
		if (errors.hasErrors()) {
			return "admin/community-form";
		}
		try {
			communities.update(id, form);
		}
		catch (BusinessRuleException ex) {
			FormErrors.reject(errors, ex);
			return "admin/community-form";
		}
		flash.addFlashAttribute("success", "flash.community.updated");
		return "redirect:/admin/communities";
	}

	@PostMapping("/{id}/active")
	String setActive(@PathVariable long id, boolean active, RedirectAttributes flash) {
		communities.setActive(id, active);
		flash.addFlashAttribute("success", active ? "flash.community.enabled" : "flash.community.disabled");
		return "redirect:/admin/communities";
	}

}
