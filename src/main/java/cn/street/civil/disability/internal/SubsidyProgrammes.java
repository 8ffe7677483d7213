package cn.street.civil.disability.internal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import cn.street.civil.payout.spi.PayoutProgramme;

/** 困难残疾人生活补贴 and 重度残疾人护理补贴 are paid by the monthly payout through its plug-in point. */
@Configuration(proxyBeanMethods = false)
class SubsidyProgrammes {

	@Bean
	PayoutProgramme livingSubsidyPayout(SubsidyStandards standards) {
		return new SubsidyProgramme("DISABILITY_LIVING", 400, SubsidySql.LIVING_ENTITLEMENTS, SubsidySql.LIVING_STOPS,
				standards);
	}

	@Bean
	PayoutProgramme nursingSubsidyPayout(SubsidyStandards standards) {
		return new SubsidyProgramme("DISABILITY_NURSING", 410, SubsidySql.NURSING_ENTITLEMENTS, SubsidySql.NURSING_STOPS,
				standards);
	}

}
