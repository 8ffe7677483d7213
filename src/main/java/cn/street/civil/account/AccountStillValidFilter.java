package cn.street.civil.account;

import java.io.IOException;
import java.util.Objects;

import cn.street.civil.shared.security.CurrentUser;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends a session at its next request once the admin has disabled the account or changed its role or
 * community, so a changed account never keeps working on its old rights until the session times out.
 * One primary-key lookup per request; works the same with several app instances.
 */
class AccountStillValidFilter extends OncePerRequestFilter {

	private final AccountRepository accounts;

	AccountStillValidFilter(AccountRepository accounts) {
		this.accounts = accounts;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		CurrentUser user = CurrentUser.current().orElse(null);
		if (user != null && !stillValid(user)) {
			SecurityContextHolder.clearContext();
			HttpSession session = request.getSession(false);
			if (session != null) {
				session.invalidate();
			}
			response.sendRedirect(request.getContextPath() + "/login?expired");
			return;
		}
		chain.doFilter(request, response);
	}

	private boolean stillValid(CurrentUser user) {
		return accounts.findStateById(user.accountId())
			.map(state -> state.enabled() && state.role() == user.role()
					&& Objects.equals(state.communityId(), user.communityId()))
			.orElse(false);
	}

}
