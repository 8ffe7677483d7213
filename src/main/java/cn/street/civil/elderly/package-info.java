/**
 * 养老服务: the 60+ roster (老年人名册), the age allowance (高龄补贴) and the home-care services (居家养老服务).
 * <p>
 * The roster is a query over the registry's views at a reference date (age from the birth date), never a copy of
 * the registry; the caseworkers add only what the registry does not know ({@code roster}: 独居/空巢, the ability
 * assessment with its date, the emergency contact) and see the 低保/特困/边缘 status from the assistance module's
 * published SQL ({@code assistance_case}, {@code assistance_payment_period}). The age allowance ({@code allowance})
 * pays through {@code payout :: spi} (programme code {@code AGE_ALLOWANCE}), its tiers and start rule are dated
 * standards, and it stops on the registry's death and moving-out events. Home care ({@code homecare}): providers,
 * workers, items, entitlements, service orders and the monthly settlement per provider.
 * <p>
 * Publishes nothing to other modules (its base package is empty on purpose).
 */
@org.springframework.modulith.ApplicationModule(displayName = "养老服务：老年人名册、高龄补贴、居家养老服务",
		allowedDependencies = { "shared", "community", "household", "household :: spi", "standard", "payout :: spi" })
package cn.street.civil.elderly;
