package cn.street.civil.community;

/**
 * What other modules know of a community.
 *
 * @param population registered residents (户籍人口), for coverage statistics and the demo street
 */
public record CommunityRef(long id, String code, String name, boolean active, int population) {
}
