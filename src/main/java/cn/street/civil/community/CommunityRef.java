package cn.street.civil.community;

/** What other modules know of a community. */
public record CommunityRef(long id, String code, String name, boolean active) {
}
