package cn.street.civil.account;

import java.io.IOException;

import cn.street.civil.shared.security.CurrentUser;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A user with an initial or admin-reset password reaches nothing but the change-password page (and
 * logout, static assets) until the password is changed.
 */
class ForcePasswordChangeFilter extends OncePerRequestFilter {

	static final String CHANGE_PAGE = "/account/password";

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		boolean mustChange = CurrentUser.current().map(CurrentUser::mustChangePassword).orElse(false);
		if (mustChange && !allowed(request.getRequestURI().substring(request.getContextPath().length()))) {
			response.sendRedirect(request.getContextPath() + CHANGE_PAGE);
			return;
		}
		chain.doFilter(request, response);
	}

	private static boolean allowed(String path) {
		return path.equals(CHANGE_PAGE) || path.equals("/logout") || path.startsWith("/css/")
				|| path.startsWith("/js/") || path.startsWith("/webjars/") || path.equals("/error")
				|| path.equals("/favicon.ico");
	}

}
