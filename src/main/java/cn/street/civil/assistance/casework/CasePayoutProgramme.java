package cn.street.civil.assistance.casework;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;

import cn.street.civil.payout.spi.PayoutProgramme;
import cn.street.civil.standard.StandardParameter;
import cn.street.civil.standard.Standards;

/**
 * 低保 and 特困 as payout programmes: the cases in payment in month M are the rows of
 * {@code assistance_payment_period} in force that month paying more than 0 (the dated amount decisions), the
 * breakdown is the decision's S, n, income, add-ons and care amount, and a stop is explained by the case's
 * termination. 低保 pays the household ({@code H<household>}), 特困 the person ({@code P<person>}); both into the
 * household's registered account.
 * <p>
 * The plausible maximum of a line is a sanity bound against a mistyped decision, not a policy amount: the month's
 * S × persons × 3 for 低保 (a base never exceeds S × n, 分类施保 is a fraction of S), S × 6 for 特困 (basic living
 * of about 1.3 × S plus a care amount that can exceed S for full care).
 */
final class CasePayoutProgramme implements PayoutProgramme {

	private final Programme programme;

	private final int order;

	private final String detailPath;

	private final Standards standards;

	private final MessageSource messages;

	CasePayoutProgramme(Programme programme, int order, String detailPath, Standards standards,
			MessageSource messages) {
		this.programme = programme;
		this.order = order;
		this.detailPath = detailPath;
		this.standards = standards;
		this.messages = messages;
	}

	@Override
	public String code() {
		return programme.name();
	}

	@Override
	public int order() {
		return order;
	}

	@Override
	public String entitlementsSql() {
		return """
				select %s as recipient_key, c.applicant_person_id as payee_person_id, p.household_id, p.community_id,
				       %s as person_count, p.monthly_amount as amount, p.base_amount, p.add_ons, p.care_amount,
				       case when p.standard_amount is not null and p.counted_income is not null
				            then format(:caseTopUp, p.standard_amount, p.covered_count, p.counted_income, p.base_amount)
				            else format(:caseBase, p.base_amount) end
				       || case when p.add_ons > 0 then format(:caseAddOns, p.add_ons) else '' end
				       || case when p.care_amount > 0 then format(:caseCare, p.care_amount) else '' end as breakdown,
				       p.case_id as source_id,
				       case when p.from_month = :month and p.kind <> 'CONFIRM'
				            then coalesce(ch.reason, cast(:caseChangeLabels as jsonb) ->> p.kind)
				       end as change_note,
				       (c.next_review_on is not null and c.next_review_on < :month) as review_overdue,
				       case c.residence_type when 'URBAN' then :caseUrbanMax else :caseRuralMax end
				           * greatest(coalesce(p.covered_count, 1), 1) as max_amount
				from assistance_payment_period p
				join assistance_case c on c.id = p.case_id
				join assistance_case_change ch on ch.id = p.change_id
				where p.programme = :caseProgramme and p.from_month <= :month
				  and (p.until_month is null or p.until_month > :month) and p.monthly_amount > 0
				""".formatted(recipientKey(), programme == Programme.TEKUN ? "1" : "coalesce(p.covered_count, 1)");
	}

	@Override
	public String stopReasonsSql() {
		return """
				select distinct on (%1$s) %1$s as recipient_key,
				       coalesce(cast(:caseTerminationLabels as jsonb) ->> c.termination_reason, :caseTerminated)
				       || coalesce(case when c.terminated_on is not null then format(:caseTerminatedOn, c.terminated_on) end, '') as reason
				from assistance_case c
				where c.programme = :caseProgramme and c.state = 'TERMINATED' and c.last_paid_month < :month
				order by %1$s, c.terminated_on desc nulls last, c.id desc
				""".formatted(recipientKey().replace("p.household_id", "c.household_id"));
	}

	private String recipientKey() {
		return programme == Programme.TEKUN ? "'P' || c.applicant_person_id" : "'H' || p.household_id";
	}

	@Override
	public Map<String, Object> parameters(YearMonth month) {
		Map<String, Object> parameters = new LinkedHashMap<>();
		parameters.put("caseProgramme", programme.name());
		parameters.put("caseTopUp", msg("assistance.payout.breakdown.top-up"));
		parameters.put("caseBase", msg(programme == Programme.TEKUN ? "assistance.payout.breakdown.basic"
				: "assistance.payout.breakdown.base"));
		parameters.put("caseAddOns", msg("assistance.payout.breakdown.add-ons"));
		parameters.put("caseCare", msg("assistance.payout.breakdown.care"));
		parameters.put("caseChangeLabels", labels("assistance.change.", ChangeKind.values()));
		parameters.put("caseTerminationLabels", labels("assistance.termination.", TerminationReason.values()));
		parameters.put("caseTerminated", msg("assistance.payout.terminated"));
		parameters.put("caseTerminatedOn", msg("assistance.payout.terminated-on"));
		parameters.put("caseUrbanMax", plausibleMaximum("URBAN", month));
		parameters.put("caseRuralMax", plausibleMaximum("RURAL", month));
		return parameters;
	}

	private BigDecimal plausibleMaximum(String residence, YearMonth month) {
		BigDecimal multiple = new BigDecimal(programme == Programme.TEKUN ? "6" : "3");
		return standards.money(StandardParameter.DIBAO_STANDARD, residence, month).multiply(multiple);
	}

	/** Labels of an enum's constants as a JSON object for {@code ->>} in SQL. */
	private String labels(String prefix, Enum<?>[] values) {
		return Arrays.stream(values)
			.map(v -> "\"" + v.name() + "\":\"" + msg(prefix + v.name()).replace("\\", "\\\\").replace("\"", "\\\"") + "\"")
			.collect(Collectors.joining(",", "{", "}"));
	}

	@Override
	public String sourceHref(long sourceId) {
		return detailPath + sourceId;
	}

	@Override
	public boolean reportsAverageTopUp() {
		return programme == Programme.DIBAO;
	}

	private String msg(String key) {
		return messages.getMessage(key, null, Locale.SIMPLIFIED_CHINESE);
	}

}
