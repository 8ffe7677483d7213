package cn.street.civil.assistance.tekun;

/** 供养形式; the codes of the standards' SUPPORT_FORM dimension. */
public enum SupportForm {

	/** 集中供养: in an institution (供养服务机构/敬老院). */
	CENTRALISED,
	/** 分散供养: at home, with a carer (委托照料). */
	DISPERSED

}
