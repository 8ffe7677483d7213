package cn.street.civil.elderly.allowance;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;

import cn.street.civil.elderly.roster.ElderlyText;
import cn.street.civil.payout.spi.PayoutProgramme;
import cn.street.civil.standard.AgeAllowanceStartRule;
import cn.street.civil.standard.StandardParameter;
import cn.street.civil.standard.Standards;

import org.springframework.stereotype.Component;

/**
 * 高龄补贴 in the monthly payout. One row per confirmed enrolment paying in {@code :month}: the person living at the
 * start of the month (death or moving out stops it from the next month, even before the event's listener closed the
 * enrolment), the tier from the birth date at the start rule's reference day (so 90 and 100 take effect by
 * themselves), 80–89 split by 低保/特困 in payment that month (the assistance module's
 * {@code assistance_payment_period}), the amounts of the month's dated standards bound as parameters. Months of a
 * back pay (补发: months up to the one of the confirmation) say so in {@code change_note}, as do the first regular
 * month and a tier change.
 */
@Component
class AgeAllowanceProgramme implements PayoutProgramme {

	static final String CODE = "AGE_ALLOWANCE";

	/**
	 * Whether the enrolee {@code en} is in 低保 or 特困 payment in month {@code <month>} ({@code now}) and the month
	 * before ({@code before}), null when in neither: the assistance module's view read by the person's cases
	 * ({@code offset 0} keeps the view's window per case, below which the case condition goes). One pass over the
	 * whole view for both months cost 0.29 s at the district scale (124,000 assisted persons for 27,000 enrolees),
	 * this 0.13 s; an {@code exists} per use of the tier read the whole view each time.
	 */
	private static final String ASSISTED = """
			select bool_or(pp.from_month <= %1$s and (pp.until_month is null or pp.until_month > %1$s)) as now,
			       bool_or(pp.from_month <= %2$s and (pp.until_month is null or pp.until_month > %2$s)) as before
			from assistance_case_person cm
			cross join lateral (select * from assistance_payment_period p1 where p1.case_id = cm.case_id offset 0) pp
			where cm.person_id = en.person_id and pp.programme in ('DIBAO', 'TEKUN') and pp.kind <> 'TERMINATE'
			  and pp.monthly_amount > 0 and pp.from_month <= %1$s and (pp.until_month is null or pp.until_month > %2$s)""";

	private static final String BAND = """
			case when en.birth_date <= %1$s - interval '100 years' then 100
			     when en.birth_date <= %1$s - interval '90 years' then 90
			     when en.birth_date <= %1$s - interval '80 years' then 80 end""";

	private static final String TIER = """
			case when %1$s = 100 then 'AGE_100' when %1$s = 90 then 'AGE_90'
			     when %1$s = 80 and %2$s then 'AGE_80_ASSISTED' when %1$s = 80 then 'AGE_80' end""";

	private static final String MONTH = "cast(:month as date)";

	private static final String ENTITLEMENTS = """
			with en as (
			  select e.id, e.person_id, e.household_id, e.first_month, e.confirmed_on, e.backpay_reason, p.community_id,
			         p.birth_date,
			         case when :startRule = 'BIRTHDAY_MONTH' then (%1$s + interval '1 month' - interval '1 day')::date
			              else (%1$s - interval '1 day')::date end as ref,
			         case when :startRule = 'BIRTHDAY_MONTH' then (%1$s - interval '1 day')::date
			              else (%1$s - interval '1 month' - interval '1 day')::date end as prev_ref,
			         greatest(e.first_month, (date_trunc('month', e.confirmed_on) + interval '1 month')::date) as regular_from
			  from age_allowance_enrolment e
			  join registry_person p on p.id = e.person_id
			  where e.first_month <= %1$s and (e.stop_month is null or e.stop_month > %1$s)
			    and (p.status = 'ACTIVE' or p.status_date >= %1$s)
			), t as (
			  select en.*, %2$s as band, %3$s as prev_band, coalesce(x.now, false) as assisted,
			         coalesce(x.before, false) as assisted_before
			  from en cross join lateral (
			%4$s
			  ) x
			), a as (
			  select t.*, %5$s as tier, %6$s as prev_tier
			  from t
			), m as (
			  select a.*,
			         case a.tier when 'AGE_100' then cast(:amount100 as numeric) when 'AGE_90' then cast(:amount90 as numeric)
			              when 'AGE_80_ASSISTED' then cast(:amount80Assisted as numeric)
			              else cast(:amount80 as numeric) end as amt,
			         case a.tier when 'AGE_100' then :tierAGE_100 when 'AGE_90' then :tierAGE_90
			              when 'AGE_80_ASSISTED' then :tierAGE_80_ASSISTED else :tierAGE_80 end as tier_label
			  from a where a.tier is not null
			)
			select 'P' || m.person_id as recipient_key, m.person_id as payee_person_id,
			       coalesce((select rm.household_id from registry_membership rm
			                 where rm.person_id = m.person_id and rm.valid_from <= %1$s
			                   and (rm.valid_to is null or rm.valid_to > %1$s) limit 1), m.household_id) as household_id,
			       m.community_id, 1 as person_count, m.amt as amount, m.amt as base_amount, cast(0 as numeric) as add_ons,
			       cast(0 as numeric) as care_amount,
			       :breakdownPrefix || m.tier_label || ' ' || to_char(m.amt, 'FM99999990.00') || :yuan as breakdown,
			       m.id as source_id,
			       case when %1$s < m.regular_from and m.backpay_reason is not null then :noteBackpay || %7$s
			            when %1$s = m.regular_from then :noteNew
			            when m.prev_tier is distinct from m.tier then :noteTier || m.tier_label
			       end as change_note,
			       false as review_overdue, cast(:maxAmount as numeric) as max_amount, m.tier
			from m where m.amt > 0
			""".formatted(MONTH, BAND.formatted("en.ref"), BAND.formatted("en.prev_ref"),
			ASSISTED.formatted(MONTH, "(" + MONTH + " - interval '1 month')"), TIER.formatted("t.band", "t.assisted"),
			TIER.formatted("t.prev_band", "t.assisted_before"), labelCase("m.backpay_reason", "bp", BackpayReason.values()));

	private static final String STOPS = """
			select distinct on (e.person_id) 'P' || e.person_id as recipient_key,
			       %1$s || coalesce(:separator || e.stop_note, '') as reason
			from age_allowance_enrolment e
			where e.stop_month = cast(:month as date)
			union all
			select 'P' || p.id as recipient_key, case p.status when 'DECEASED' then :stopDECEASED else :stopMOVED_OUT end
			from age_allowance_enrolment e
			join registry_person p on p.id = e.person_id
			where p.status <> 'ACTIVE' and p.status_date < cast(:month as date)
			  and p.status_date >= cast(:month as date) - interval '1 month'
			  and e.first_month < cast(:month as date) and (e.stop_month is null or e.stop_month > cast(:month as date))
			""".formatted(labelCase("e.stop_reason", "stop", StopReason.values()));

	private final Standards standards;

	private final ElderlyText text;

	AgeAllowanceProgramme(Standards standards, ElderlyText text) {
		this.standards = standards;
		this.text = text;
	}

	private static String labelCase(String column, String prefix, Enum<?>[] values) {
		return Arrays.stream(values)
			.map(v -> "when '" + v.name() + "' then :" + prefix + v.name())
			.collect(Collectors.joining(" ", "case " + column + " ", " end"));
	}

	@Override
	public String code() {
		return CODE;
	}

	@Override
	public int order() {
		return 500;
	}

	@Override
	public String entitlementsSql() {
		return ENTITLEMENTS;
	}

	@Override
	public String stopReasonsSql() {
		return STOPS;
	}

	/**
	 * The month's start rule and tier amounts from the dated standards (a month without them is refused by the
	 * lookup, naming the parameter); without a 80–89 低保/特困 amount the 80–89 amount applies to everyone of 80–89.
	 */
	@Override
	public Map<String, Object> parameters(YearMonth month) {
		Map<String, Object> p = new HashMap<>();
		AgeAllowanceStartRule rule = standards.choice(StandardParameter.AGE_ALLOWANCE_START_RULE, null, month,
				AgeAllowanceStartRule.class);
		BigDecimal amount80 = amount(AgeTier.AGE_80, month);
		BigDecimal assisted = has(standards, StandardParameter.AGE_ALLOWANCE_AMOUNT, AgeTier.AGE_80_ASSISTED.name(), month)
				? amount(AgeTier.AGE_80_ASSISTED, month) : amount80;
		BigDecimal amount90 = amount(AgeTier.AGE_90, month);
		BigDecimal amount100 = amount(AgeTier.AGE_100, month);
		p.put("startRule", rule.name());
		p.put("amount80", amount80);
		p.put("amount80Assisted", assisted);
		p.put("amount90", amount90);
		p.put("amount100", amount100);
		p.put("maxAmount", amount80.max(assisted).max(amount90).max(amount100));
		for (AgeTier tier : AgeTier.values()) {
			p.put("tier" + tier.name(), text.msg("elderly.tier." + tier));
		}
		for (BackpayReason r : BackpayReason.values()) {
			p.put("bp" + r.name(), text.msg("elderly.backpay." + r));
		}
		for (StopReason r : StopReason.values()) {
			p.put("stop" + r.name(), text.msg("elderly.stop." + r));
		}
		p.put("breakdownPrefix", text.msg("elderly.payout.breakdown"));
		p.put("yuan", text.msg("elderly.payout.yuan"));
		p.put("noteBackpay", text.msg("elderly.payout.note.backpay"));
		p.put("noteNew", text.msg("elderly.payout.note.new"));
		p.put("noteTier", text.msg("elderly.payout.note.tier"));
		p.put("separator", text.msg("elderly.payout.separator"));
		return p;
	}

	/**
	 * Whether a value of the parameter (and dimension) is in force in the month, asked without a refusal (which,
	 * caught inside a transaction, would mark it rollback-only).
	 */
	static boolean has(Standards standards, StandardParameter parameter, String dimension, YearMonth month) {
		return standards.inForce(month)
			.stream()
			.anyMatch(v -> v.parameter() == parameter && java.util.Objects.equals(v.dimension(), dimension));
	}

	private BigDecimal amount(AgeTier tier, YearMonth month) {
		return standards.money(StandardParameter.AGE_ALLOWANCE_AMOUNT, tier.name(), month);
	}

	@Override
	public String sourceHref(long sourceId) {
		return "/elderly/allowance/" + sourceId;
	}

}
