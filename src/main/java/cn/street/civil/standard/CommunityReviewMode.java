package cn.street.civil.standard;

/**
 * 民主评议 (parameter {@link StandardParameter#COMMUNITY_REVIEW_MODE}): no longer a mandatory step under
 * 民发〔2021〕57号, used when the 公示 draws objections; many localities still hold it for every case.
 */
public enum CommunityReviewMode {

	/** 不开展. */
	OFF,
	/** 公示有异议时开展. */
	ON_OBJECTION,
	/** 每案开展. */
	ALWAYS

}
