package cn.street.civil.shared.web;

/** A rule refused the value of one form field (e.g. a 身份证号 already registered): shown next to it. */
public class FieldRuleException extends BusinessRuleException {

	private final String field;

	public FieldRuleException(String field, String code, Object... arguments) {
		super(code, arguments);
		this.field = field;
	}

	public String field() {
		return field;
	}

}
