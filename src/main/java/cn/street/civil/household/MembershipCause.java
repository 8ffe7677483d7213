package cn.street.civil.household;

/** Why a person joined or left a household, as told by {@link MemberJoined} and {@link MemberLeft}. */
public enum MembershipCause {

	/** 登记新户 (the head) or 添加成员 (a new person). */
	REGISTERED,

	/** 移入他户 / 迁入: from another household of the street. */
	MOVED,

	/** 分户: part of a household became a household of its own. */
	SPLIT,

	/** 并户: a whole household joined another. */
	MERGED

}
