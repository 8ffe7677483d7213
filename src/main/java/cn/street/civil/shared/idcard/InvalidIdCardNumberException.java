package cn.street.civil.shared.idcard;

/** 身份证号不合法；{@link #getMessage()} 是可直接展示给用户的中文原因，不含完整号码。 */
public class InvalidIdCardNumberException extends IllegalArgumentException {

	private static final long serialVersionUID = 1L;

	public InvalidIdCardNumberException(String message) {
		super(message);
	}
}
