/**
 * Shared kernel: value types and cross-cutting plumbing (security scope, audit events, persistence
 * base class, web helpers, Excel, encryption and masking, 身份证号). No business entities live here. An open module:
 * its sub-packages are the API every feature module uses.
 */
@org.springframework.modulith.ApplicationModule(displayName = "公共基础",
		type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package cn.street.civil.shared;
