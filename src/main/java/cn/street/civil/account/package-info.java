/**
 * 账号: accounts, roles, login, lockout, password policy and the admin's account pages. Owns the
 * Spring Security setup; other modules guard their own use cases with {@code @PreAuthorize}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "账号与登录")
package cn.street.civil.account;
