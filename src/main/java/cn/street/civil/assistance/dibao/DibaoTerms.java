package cn.street.civil.assistance.dibao;

import cn.street.civil.standard.RoundingRule;
import java.math.BigDecimal;

/**
 * The dated 低保 parameters that apply to one month and 城/乡 type: the standard S (元/人·月), the rounding
 * rule of the 补差 and the number of 公示 days.
 */
public record DibaoTerms(BigDecimal standard, RoundingRule rounding, int noticeDays) {
}
