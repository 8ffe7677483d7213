package cn.street.civil.account;

import java.beans.PropertyEditorSupport;

import cn.street.civil.shared.security.CurrentUser;
import cn.street.civil.shared.web.BusinessRuleException;
import cn.street.civil.shared.web.FormErrors;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 修改密码: every user for themselves; forced after an initial or reset password. */
@Controller
@RequestMapping(ForcePasswordChangeFilter.CHANGE_PAGE)
class PasswordController {

	private final AccountService accounts;

	private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

	PasswordController(AccountService accounts) {
		this.accounts = accounts;
	}

	/** Passwords are taken exactly as typed: no trimming. */
	@InitBinder
	void keepPasswordsAsTyped(WebDataBinder binder) {
		PropertyEditorSupport asIs = new PropertyEditorSupport() {
			@Override
			public void setAsText(String text) {
				setValue(text);
			}
		};
		for (String field : new String[] { "currentPassword", "newPassword", "confirmPassword" }) {
			binder.registerCustomEditor(String.class, field, asIs);
		}
	}

	@GetMapping
	String form(Model model) {
		model.addAttribute("form", PasswordChangeForm.empty());
		return "account/password";
	}

	@PostMapping
	String change(@Valid @ModelAttribute("form") PasswordChangeForm form, BindingResult errors,
			@AuthenticationPrincipal CurrentUser user, HttpServletRequest request, HttpServletResponse response,
			RedirectAttributes flash) {
		if (errors.hasErrors()) {
			return "account/password";
		}
		try {
			accounts.changeOwnPassword(user.accountId(), form);
		}
		catch (BusinessRuleException ex) {
			FormErrors.reject(errors, ex);
			return "account/password";
		}
		refreshSession(user.withPasswordChanged(), request, response);
		flash.addFlashAttribute("success", "flash.password.changed");
		return "redirect:/";
	}

	/** The session's principal no longer needs a forced change. */
	private void refreshSession(CurrentUser updated, HttpServletRequest request, HttpServletResponse response) {
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(
				UsernamePasswordAuthenticationToken.authenticated(updated, null, updated.getAuthorities()));
		SecurityContextHolder.setContext(context);
		contexts.saveContext(context, request, response);
	}

}
