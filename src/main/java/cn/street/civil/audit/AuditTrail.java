package cn.street.civil.audit;

import java.time.Clock;
import java.time.OffsetDateTime;

import cn.street.civil.shared.audit.AuditableEvent;
import cn.street.civil.shared.security.CurrentUser;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Writes one audit row per event, synchronously in the caller's transaction (a rolled-back change
 * leaves no audit row). The table is append-only: a database trigger refuses UPDATE and DELETE.
 */
@Component
class AuditTrail {

	private final JdbcClient jdbc;

	private final Clock clock;

	AuditTrail(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@EventListener
	void on(AuditableEvent event) {
		CurrentUser user = CurrentUser.current().orElse(null);
		insert(user == null ? "system" : user.getUsername(), user, event.module(), event.action(), event.objectType(),
				event.objectId(), event.communityId(), event.summary(), event.details(), true);
	}

	@EventListener
	void onLogin(AuthenticationSuccessEvent event) {
		Authentication auth = event.getAuthentication();
		CurrentUser user = auth.getPrincipal() instanceof CurrentUser u ? u : null;
		insert(auth.getName(), user, "login", "LOGIN", "Account", user == null ? null : String.valueOf(user.accountId()),
				user == null ? null : user.communityId(), "登录成功", null, true);
	}

	@EventListener
	void onLoginFailure(AbstractAuthenticationFailureEvent event) {
		String reason = switch (event.getException().getClass().getSimpleName()) {
			case "LockedException" -> "账号已锁定";
			case "DisabledException" -> "账号已停用";
			case "BadCredentialsException" -> "用户名或密码错误";
			default -> "登录失败";
		};
		insert(truncate(event.getAuthentication().getName(), 50), null, "login", "LOGIN_FAILURE", null, null, null,
				reason, null, false);
	}

	@EventListener
	void onLogout(LogoutSuccessEvent event) {
		Authentication auth = event.getAuthentication();
		CurrentUser user = auth.getPrincipal() instanceof CurrentUser u ? u : null;
		insert(auth.getName(), user, "login", "LOGOUT", "Account", user == null ? null : String.valueOf(user.accountId()),
				user == null ? null : user.communityId(), "退出登录", null, true);
	}

	private void insert(String username, CurrentUser user, String module, String action, String objectType,
			String objectId, Long communityId, String summary, String details, boolean success) {
		HttpServletRequest request = currentRequest();
		jdbc.sql("""
				insert into audit_entry (occurred_at, username, role, actor_community_id, ip, user_agent, module, action,
				                         object_type, object_id, community_id, summary, details, success)
				values (:at, :username, :role, :actorCommunity, :ip, :agent, :module, :action, :objectType, :objectId,
				        :communityId, :summary, :details, :success)
				""")
			.param("at", OffsetDateTime.now(clock))
			.param("username", username == null ? "" : username)
			.param("role", user == null ? null : user.role().name())
			.param("actorCommunity", user == null ? null : user.communityId())
			.param("ip", request == null ? null : truncate(request.getRemoteAddr(), 64))
			.param("agent", request == null ? null : truncate(request.getHeader("User-Agent"), 300))
			.param("module", module)
			.param("action", action)
			.param("objectType", objectType)
			.param("objectId", objectId)
			.param("communityId", communityId)
			.param("summary", truncate(summary, 500))
			.param("details", details)
			.param("success", success)
			.update();
	}

	private static HttpServletRequest currentRequest() {
		return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attrs
				? attrs.getRequest() : null;
	}

	private static String truncate(String value, int max) {
		return value == null || value.length() <= max ? value : value.substring(0, max);
	}

}
