package cn.street.civil.account;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

import cn.street.civil.shared.web.BusinessRuleException;

import org.springframework.stereotype.Component;

/**
 * 口令复杂度: minimum length, at least N of the four character classes (upper, lower, digit, symbol),
 * and never containing the username. Also makes temporary passwords that satisfy it.
 */
@Component
class PasswordPolicy {

	private static final String UPPER = "ABCDEFGHJKLMNPQRSTUVWXYZ";

	private static final String LOWER = "abcdefghijkmnpqrstuvwxyz";

	private static final String DIGITS = "23456789";

	private static final String SYMBOLS = "@#%+=!?";

	private final SecurityProperties.Password rules;

	private final SecureRandom random = new SecureRandom();

	PasswordPolicy(SecurityProperties properties) {
		this.rules = properties.password();
	}

	/** Throws with the first rule the password breaks. */
	void check(String username, String password) {
		if (password == null || password.length() < rules.minLength()) {
			throw new BusinessRuleException("password.too-short", rules.minLength());
		}
		if (password.length() > rules.maxLength()) {
			throw new BusinessRuleException("password.too-long", rules.maxLength());
		}
		if (classes(password) < rules.minClasses()) {
			throw new BusinessRuleException("password.classes", rules.minClasses());
		}
		if (username != null && !username.isBlank()
				&& password.toLowerCase(Locale.ROOT).contains(username.toLowerCase(Locale.ROOT))) {
			throw new BusinessRuleException("password.contains-username");
		}
	}

	static int classes(String password) {
		boolean upper = false;
		boolean lower = false;
		boolean digit = false;
		boolean other = false;
		for (char c : password.toCharArray()) {
			if (c >= 'A' && c <= 'Z') {
				upper = true;
			}
			else if (c >= 'a' && c <= 'z') {
				lower = true;
			}
			else if (c >= '0' && c <= '9') {
				digit = true;
			}
			else {
				other = true;
			}
		}
		return (upper ? 1 : 0) + (lower ? 1 : 0) + (digit ? 1 : 0) + (other ? 1 : 0);
	}

	/** A 12-character temporary password with all four classes, shown once to the admin. */
	String temporaryPassword() {
		List<Character> chars = new ArrayList<>();
		for (String pool : List.of(UPPER, LOWER, DIGITS, SYMBOLS)) {
			chars.add(pick(pool));
		}
		String all = UPPER + LOWER + DIGITS + SYMBOLS;
		while (chars.size() < Math.max(12, rules.minLength())) {
			chars.add(pick(all));
		}
		Collections.shuffle(chars, random);
		StringBuilder sb = new StringBuilder();
		chars.forEach(sb::append);
		return sb.toString();
	}

	private char pick(String pool) {
		return pool.charAt(random.nextInt(pool.length()));
	}

}
