package cn.street.civil.standard.internal;

import cn.street.civil.standard.StandardInForce;
import cn.street.civil.standard.StandardParameter;

/**
 * One line of the 政策标准 page: an item, its value this month (null: none), the next approved change (null:
 * none), how many proposals wait, and whether several rows cover this month (the lookup refuses then).
 */
record OverviewRow(StandardItem item, String label, StandardParameter.Group group, StandardInForce current,
		StandardInForce next, int pending, boolean conflicting) {
}
