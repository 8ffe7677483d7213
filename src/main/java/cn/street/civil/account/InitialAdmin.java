package cn.street.civil.account;

import cn.street.civil.shared.security.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.StringUtils;

/**
 * First start on an empty database (outside demo mode): creates the admin account {@code admin}. Its
 * password comes from {@code CIVIL_SECURITY_INITIAL_ADMIN_PASSWORD}, or else a one-time random password
 * is written to the log. Either way it must be changed at the first login. There is no default
 * password.
 */
@Component
@Order(100)
class InitialAdmin implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(InitialAdmin.class);

	private final AccountRepository accounts;

	private final PasswordEncoder encoder;

	private final PasswordPolicy policy;

	private final SecurityProperties properties;

	InitialAdmin(AccountRepository accounts, PasswordEncoder encoder, PasswordPolicy policy,
			SecurityProperties properties) {
		this.accounts = accounts;
		this.encoder = encoder;
		this.policy = policy;
		this.properties = properties;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (accounts.count() > 0) {
			return;
		}
		String password = properties.initialAdminPassword();
		boolean generated = !StringUtils.hasText(password);
		if (generated) {
			password = policy.temporaryPassword();
		}
		else {
			policy.check("admin", password);
		}
		accounts.save(new Account("admin", "系统管理员", Role.ADMIN, null, encoder.encode(password)));
		if (generated) {
			log.warn("已创建初始管理员账号 admin，一次性初始密码：{}（首次登录后必须修改）/ initial admin password, change at first login",
					password);
		}
		else {
			log.info("已创建初始管理员账号 admin（密码取自 CIVIL_SECURITY_INITIAL_ADMIN_PASSWORD，首次登录后必须修改）");
		}
	}

}
