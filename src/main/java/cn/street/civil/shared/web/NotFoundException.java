package cn.street.civil.shared.web;

/**
 * A record that does not exist or lies outside the user's data scope. Both answer 404, so that the
 * existence of another community's record is not revealed.
 */
public class NotFoundException extends RuntimeException {

	public NotFoundException(String what, Object id) {
		super(what + " " + id + " not found or out of scope");
	}

}
