package cn.street.civil.assistance.dibao;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import cn.street.civil.standard.RoundingRule;

import org.springframework.stereotype.Component;

/**
 * 分类施保 by age alone, for callers outside the 低保 case (the demo caseload writes its history with the same
 * add-ons a confirmation would have given): {@link ClassifiedAddOns#totalByAge}.
 */
@Component
public class AgeAddOns {

	private final ClassifiedAddOns addOns;

	AgeAddOns(ClassifiedAddOns addOns) {
		this.addOns = addOns;
	}

	/** The sum of the members' add-ons in {@code month} at standard S, rounded by {@code rounding}. */
	public BigDecimal total(List<LocalDate> birthDates, YearMonth month, BigDecimal standard, RoundingRule rounding) {
		return addOns.totalByAge(birthDates, month, standard, rounding);
	}

}
