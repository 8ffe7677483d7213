package cn.street.civil.account;

import java.util.concurrent.atomic.AtomicInteger;

import cn.street.civil.shared.security.Role;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/** Creates throw-away accounts with unique names, so tests sharing one database never collide. */
@Component
class AccountTestData {

	private static final AtomicInteger SEQ = new AtomicInteger();

	private final AccountRepository accounts;

	private final PasswordEncoder encoder;

	AccountTestData(AccountRepository accounts, PasswordEncoder encoder) {
		this.accounts = accounts;
		this.encoder = encoder;
	}

	/** An enabled street caseworker whose password is final; returns the unique username. */
	String createActive(String prefix, String password) {
		String username = prefix + "-" + System.nanoTime() % 100000 + "-" + SEQ.incrementAndGet();
		Account account = new Account(username, "测试用户", Role.STREET_CASEWORKER, null, encoder.encode(password));
		account.markPasswordFinal();
		accounts.save(account);
		return username;
	}

}
