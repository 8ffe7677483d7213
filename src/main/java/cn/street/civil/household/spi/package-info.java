/**
 * The registry's extension points: a programme adds its section to the person page
 * ({@link cn.street.civil.household.spi.PersonPageSection}) and the household page
 * ({@link cn.street.civil.household.spi.HouseholdPageSection}) by declaring a bean; the registry lists
 * them, ordered, without knowing the programme.
 */
@org.springframework.modulith.NamedInterface("spi")
package cn.street.civil.household.spi;
