package cn.street.civil.shared.web;

import org.springframework.context.MessageSourceResolvable;

/**
 * A rule of the office refused the action (e.g. "an admin cannot disable their own account"). Carries a
 * message key from {@code messages.properties} and its arguments; controllers show it next to the form,
 * the global advice shows it as a 400 page.
 */
public class BusinessRuleException extends RuntimeException implements MessageSourceResolvable {

	private final String code;

	private final Object[] arguments;

	public BusinessRuleException(String code, Object... arguments) {
		super(code);
		this.code = code;
		this.arguments = arguments;
	}

	@Override
	public String[] getCodes() {
		return new String[] { code };
	}

	@Override
	public Object[] getArguments() {
		return arguments;
	}

	@Override
	public String getDefaultMessage() {
		return code;
	}

}
