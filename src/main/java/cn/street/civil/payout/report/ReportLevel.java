package cn.street.civil.payout.report;

/** What a row of the 月报 adds up: one community's 城 or 乡, a community (小计), or the whole programme (合计). */
public enum ReportLevel {

	/** One community and one residence type (城市 / 农村). */
	DETAIL,

	/** A community, 城 and 乡 together (小计): the level the coverage rate is stated for. */
	COMMUNITY,

	/** The programme in the scope shown (合计). */
	PROGRAMME

}
