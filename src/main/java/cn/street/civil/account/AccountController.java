package cn.street.civil.account;

import java.util.Arrays;
import java.util.Map;

import cn.street.civil.community.CommunityDirectory;
import cn.street.civil.shared.security.Role;
import cn.street.civil.shared.web.BusinessRuleException;
import cn.street.civil.shared.web.FormErrors;
import cn.street.civil.shared.web.Paging;
import jakarta.validation.Valid;

import org.springframework.data.domain.Sort;
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

/** 账号管理 for the admin: list, create, edit, enable/disable, reset password, unlock. */
@Controller
@RequestMapping("/admin/accounts")
class AccountController {

	private static final Map<String, String> SORTABLE = Map.of("username", "username", "name", "displayName", "role",
			"role", "lastLogin", "lastLoginAt");

	private final AccountService accounts;

	private final CommunityDirectory communities;

	AccountController(AccountService accounts, CommunityDirectory communities) {
		this.accounts = accounts;
		this.communities = communities;
	}

	@ModelAttribute
	void referenceData(Model model) {
		model.addAttribute("roles", Arrays.asList(Role.values()));
		model.addAttribute("communities", communities.active());
		model.addAttribute("communityNames", communities.names());
	}

	@GetMapping
	String list(@RequestParam(required = false) String q, @RequestParam(required = false) Role role,
			@RequestParam(required = false) Long communityId, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) String sort, Model model) {
		var pageable = Paging.of(page, null, sort, SORTABLE, Sort.by("username"));
		model.addAttribute("page", accounts.search(q, role, communityId, pageable));
		return "admin/accounts";
	}

	@GetMapping("/new")
	String newForm(Model model) {
		model.addAttribute("form", AccountForm.empty());
		return "admin/account-form";
	}

	@PostMapping
	String create(@Valid @ModelAttribute("form") AccountForm form, BindingResult errors, RedirectAttributes flash) {
		if (errors.hasErrors()) {
			return "admin/account-form";
		}
		try {
			String temporary = accounts.create(form);
			flash.addFlashAttribute("success", "flash.account.created");
			flash.addFlashAttribute("successArgs", new Object[] { form.username(), temporary });
		}
		catch (BusinessRuleException ex) {
			FormErrors.reject(errors, ex);
			return "admin/account-form";
		}
		return "redirect:/admin/accounts";
	}

	@GetMapping("/{id}/edit")
	String editForm(@PathVariable long id, Model model) {
		Account account = accounts.get(id);
		model.addAttribute("account", account);
		model.addAttribute("form", AccountForm.of(account));
		return "admin/account-form";
	}

	@PostMapping("/{id}")
	String update(@PathVariable long id, @Valid @ModelAttribute("form") AccountForm form, BindingResult errors,
			Model model, RedirectAttributes flash) {
		Account account = accounts.get(id);
		model.addAttribute("account", account);
		if (errors.hasErrors()) {
			return "admin/account-form";
		}
		try {
			accounts.update(id, form);
		}
		catch (BusinessRuleException ex) {
			FormErrors.reject(errors, ex);
			return "admin/account-form";
		}
		flash.addFlashAttribute("success", "flash.account.updated");
		return "redirect:/admin/accounts";
	}

	@PostMapping("/{id}/enabled")
	String setEnabled(@PathVariable long id, @RequestParam boolean enabled, RedirectAttributes flash) {
		accounts.setEnabled(id, enabled);
		flash.addFlashAttribute("success", enabled ? "flash.account.enabled" : "flash.account.disabled");
		return "redirect:/admin/accounts";
	}

	@PostMapping("/{id}/reset-password")
	String resetPassword(@PathVariable long id, RedirectAttributes flash) {
		String temporary = accounts.resetPassword(id);
		flash.addFlashAttribute("success", "flash.account.password-reset");
		flash.addFlashAttribute("successArgs", new Object[] { accounts.get(id).getUsername(), temporary });
		return "redirect:/admin/accounts";
	}

	@PostMapping("/{id}/unlock")
	String unlock(@PathVariable long id, RedirectAttributes flash) {
		accounts.unlock(id);
		flash.addFlashAttribute("success", "flash.account.unlocked");
		return "redirect:/admin/accounts";
	}

}
