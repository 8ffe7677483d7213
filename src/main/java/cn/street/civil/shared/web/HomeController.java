package cn.street.civil.shared.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** 首页: a role-aware start page with the entries the user's role allows. */
@Controller
class HomeController {

	@GetMapping("/")
	String home() {
		return "home";
	}

}
