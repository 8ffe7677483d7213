/**
 * 户籍台账: households, persons (identified by 身份证号, stored encrypted), dated membership and the household
 * history; search, the person page, Excel import and export. Never imports a programme.
 * <p>
 * What the programmes may use, and nothing else:
 * <ul>
 * <li>this package: {@link cn.street.civil.household.HouseholdDirectory} (the read API, scope-taking, with the
 * audited reveal of full numbers for bank files), its value records, and the
 * {@link cn.street.civil.household.RegistryEvent}s, consumed with {@code @ApplicationModuleListener};</li>
 * <li>the named interface {@code household :: spi}: the person and household page sections;</li>
 * <li>the SQL views {@code registry_person}, {@code registry_household}, {@code registry_membership} for
 * set-based queries.</li>
 * </ul>
 * A programme module declares {@code allowedDependencies = { "household", "household :: spi", ... }}. Entities,
 * repositories, services and forms live in {@code internal}, controllers in {@code web}, the Excel import in
 * {@code importing}, the demo street in {@code demo}; Modulith and {@code RegistryBoundaryTests} refuse any
 * other module's reference to them.
 */
@org.springframework.modulith.ApplicationModule(displayName = "户籍台账", allowedDependencies = { "shared", "community" })
package cn.street.civil.household;
