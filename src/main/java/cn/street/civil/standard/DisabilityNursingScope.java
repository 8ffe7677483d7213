package cn.street.civil.standard;

/** 重度残疾人护理补贴: which grades are covered (国发〔2015〕52号; widening is local). */
public enum DisabilityNursingScope {

	/** 一、二级 needing long-term care. */
	GRADES_1_2,
	/** Also 三级 智力 and 精神 残疾 needing long-term care. */
	GRADES_1_2_AND_MENTAL_3

}
