/**
 * 审计: the insert-only audit trail. Listens to {@link cn.street.civil.shared.audit.AuditableEvent}s
 * inside the publishing transaction and to Spring Security's login events; knows no business module.
 */
@org.springframework.modulith.ApplicationModule(displayName = "审计日志")
package cn.street.civil.audit;
