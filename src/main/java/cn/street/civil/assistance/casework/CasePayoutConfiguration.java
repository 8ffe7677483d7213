package cn.street.civil.assistance.casework;

import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import cn.street.civil.payout.spi.PayoutProgramme;
import cn.street.civil.standard.Standards;

/** 低保 and 特困 are paid by the monthly payout through its plug-in point (低保边缘 pays nothing). */
@Configuration(proxyBeanMethods = false)
class CasePayoutConfiguration {

	@Bean
	PayoutProgramme dibaoPayout(Standards standards, MessageSource messages) {
		return new CasePayoutProgramme(Programme.DIBAO, 10, "/dibao/cases/", standards, messages);
	}

	@Bean
	PayoutProgramme tekunPayout(Standards standards, MessageSource messages) {
		return new CasePayoutProgramme(Programme.TEKUN, 20, "/tekun/cases/", standards, messages);
	}

}
