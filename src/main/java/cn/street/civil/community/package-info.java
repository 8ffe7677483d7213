/**
 * 社区: the communities of the street, the unit of data scope. Other modules read them through
 * {@link cn.street.civil.community.CommunityDirectory}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "社区")
package cn.street.civil.community;
