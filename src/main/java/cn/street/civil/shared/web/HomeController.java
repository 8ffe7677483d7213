package cn.street.civil.shared.web;

import cn.street.civil.shared.security.CurrentUser;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** 首页: a role-aware start page with the user's to-dos and the entries the user's role allows. */
@Controller
class HomeController {

	private final Navigation navigation;

	HomeController(Navigation navigation) {
		this.navigation = navigation;
	}

	@GetMapping("/")
	String home(@AuthenticationPrincipal CurrentUser user, Model model) {
		model.addAttribute("todos", navigation.todos(user));
		return "home";
	}

}
