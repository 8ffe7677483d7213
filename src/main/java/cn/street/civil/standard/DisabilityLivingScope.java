package cn.street.civil.standard;

/** 困难残疾人生活补贴: whose disabled members are covered (国发〔2015〕52号; widening is local). */
public enum DisabilityLivingScope {

	/** 低保家庭中的残疾人. */
	DIBAO_ONLY,
	/** Also 低保边缘家庭中的残疾人. */
	DIBAO_AND_EDGE

}
