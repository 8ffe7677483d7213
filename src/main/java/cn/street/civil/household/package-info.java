/**
 * 户籍台账: households, persons (identified by 身份证号, stored encrypted), dated membership and the
 * household history; search, the person page, Excel import and export. Publishes
 * {@link cn.street.civil.household.PersonDeceased} and {@link cn.street.civil.household.PersonMovedOut}
 * for the programmes; never imports a programme.
 */
@org.springframework.modulith.ApplicationModule(displayName = "户籍台账", allowedDependencies = { "shared", "community" })
package cn.street.civil.household;
