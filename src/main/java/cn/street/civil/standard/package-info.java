/**
 * 政策标准: the dated parameter rows every programme computes with (低保标准, rounding, 公示 days, deadlines…,
 * DOMAIN.md §10). A value is in force from a month until a later month; a change is proposed by a street
 * caseworker and approved or rejected by the chief, never by the proposer; approved rows are never edited.
 * <p>
 * What other modules use, and nothing else: {@link cn.street.civil.standard.Standards} (the lookup, which
 * refuses with {@link cn.street.civil.standard.StandardMissingException} when a month has no single valid row),
 * {@link cn.street.civil.standard.StandardParameter} and the value types of this package. Entities, services,
 * controllers and forms live in {@code internal}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "政策标准", allowedDependencies = "shared")
package cn.street.civil.standard;
