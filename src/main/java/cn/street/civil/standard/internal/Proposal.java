package cn.street.civil.standard.internal;

import java.math.BigDecimal;
import java.time.YearMonth;

/**
 * A checked proposal: the item, the first month, the value (number or choice code, as the parameter's kind
 * wants) and the 文号.
 */
record Proposal(StandardItem item, YearMonth validFrom, BigDecimal number, String choice, String note) {
}
