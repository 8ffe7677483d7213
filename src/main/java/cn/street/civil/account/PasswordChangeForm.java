package cn.street.civil.account;

import jakarta.validation.constraints.NotBlank;

/** 修改密码: current password, new password twice. */
record PasswordChangeForm(@NotBlank(message = "{password.current.required}") String currentPassword,
		@NotBlank(message = "{password.new.required}") String newPassword,
		@NotBlank(message = "{password.confirm.required}") String confirmPassword) {

	static PasswordChangeForm empty() {
		return new PasswordChangeForm("", "", "");
	}

}
