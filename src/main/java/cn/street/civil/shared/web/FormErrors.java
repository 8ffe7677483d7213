package cn.street.civil.shared.web;

import org.springframework.validation.BindingResult;

/** Puts a refused rule on the form: next to its field when it names one, above the form otherwise. */
public final class FormErrors {

	private FormErrors() {
	}

	public static void reject(BindingResult errors, BusinessRuleException ex) {
		if (ex instanceof FieldRuleException fieldEx && errors.getFieldType(fieldEx.field()) != null) {
			errors.rejectValue(fieldEx.field(), ex.getCodes()[0], ex.getArguments(), ex.getCodes()[0]);
		}
		else {
			errors.reject(ex.getCodes()[0], ex.getArguments(), ex.getCodes()[0]);
		}
	}

}
