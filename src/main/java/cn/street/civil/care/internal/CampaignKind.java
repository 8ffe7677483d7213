package cn.street.civil.care.internal;

/** The two holidays of 两节走访慰问: 春节 and 八一建军节; labels {@code care.campaign.kind.<NAME>}. */
public enum CampaignKind {

	SPRING_FESTIVAL, ARMY_DAY

}
