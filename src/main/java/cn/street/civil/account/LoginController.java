package cn.street.civil.account;

import cn.street.civil.shared.security.CurrentUser;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The Chinese login form; Spring Security processes the POST. */
@Controller
class LoginController {

	@GetMapping("/login")
	String login() {
		return CurrentUser.current().isPresent() ? "redirect:/" : "account/login";
	}

}
