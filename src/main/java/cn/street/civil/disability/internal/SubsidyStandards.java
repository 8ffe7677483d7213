package cn.street.civil.disability.internal;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import cn.street.civil.standard.DisabilityLivingScope;
import cn.street.civil.standard.DisabilityNursingScope;
import cn.street.civil.standard.DisabilityOverlapRule;
import cn.street.civil.standard.StandardParameter;
import cn.street.civil.standard.Standards;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The named parameters of {@link SubsidySql} for a month (all but {@code :month} itself): the scope choices and amounts of the two subsidies in
 * force that month (refused with {@code StandardMissingException} when one is not set: a month is never paid on a
 * guess) and the words of the breakdown and the stop reasons, from {@code messages/disability.properties}.
 */
@Component
class SubsidyStandards {

	/** Stands for "every holder" in {@code :onlyPerson}. */
	static final long EVERYONE = -1L;

	private static final String[] TEXTS = { "textLivingDibao", "textLivingEdge", "textNursing", "textNursingReduced",
			"gradeNames", "stopRevoked", "stopNotInForce", "stopNoHousehold", "stopEdgeNotCovered", "stopDibaoEnded",
			"stopNotCovered", "stopGradeNotCovered", "stopNoLongTermCare", "stopCoveredByTekun" };

	private final Standards standards;

	private final MessageSource messages;

	SubsidyStandards(Standards standards, MessageSource messages) {
		this.standards = standards;
		this.messages = messages;
	}

	/** The parameters for every holder. */
	Map<String, Object> forMonth(YearMonth month) {
		return forMonth(month, EVERYONE);
	}

	Map<String, Object> forMonth(YearMonth month, long onlyPerson) {
		DisabilityLivingScope living = standards.choice(StandardParameter.DISABILITY_LIVING_SCOPE, null, month,
				DisabilityLivingScope.class);
		DisabilityNursingScope nursing = standards.choice(StandardParameter.DISABILITY_NURSING_SCOPE, null, month,
				DisabilityNursingScope.class);
		DisabilityOverlapRule overlap = standards.choice(StandardParameter.DISABILITY_NURSING_OVERLAP, null, month,
				DisabilityOverlapRule.class);
		Map<String, Object> p = new HashMap<>();
		p.put("onlyPerson", onlyPerson);
		p.put("livingScope", living.name());
		p.put("nursingScope", nursing.name());
		p.put("overlap", overlap.name());
		p.put("livingDibao", money(StandardParameter.DISABILITY_LIVING_AMOUNT, "LIVING_DIBAO", month));
		p.put("livingEdge", living == DisabilityLivingScope.DIBAO_AND_EDGE
				? money(StandardParameter.DISABILITY_LIVING_AMOUNT, "LIVING_EDGE", month) : BigDecimal.ZERO);
		p.put("nursing1", money(StandardParameter.DISABILITY_NURSING_AMOUNT, "NURSING_GRADE_1", month));
		p.put("nursing2", money(StandardParameter.DISABILITY_NURSING_AMOUNT, "NURSING_GRADE_2", month));
		p.put("nursing3", nursing == DisabilityNursingScope.GRADES_1_2_AND_MENTAL_3
				? money(StandardParameter.DISABILITY_NURSING_AMOUNT, "NURSING_GRADE_3", month) : BigDecimal.ZERO);
		for (String text : TEXTS) {
			p.put(text, messages.getMessage("disability.sql." + text, null, Locale.SIMPLIFIED_CHINESE));
		}
		return p;
	}

	private BigDecimal money(StandardParameter parameter, String dimension, YearMonth month) {
		return standards.money(parameter, dimension, month);
	}

}
