package cn.street.civil.care.internal;

/**
 * The holiday visit campaigns in SQL: the list generation (set-based), the needy households that may be
 * hand-picked, and the cash of the visits as payout entitlements (programme {@code CARE_VISIT_CASH}).
 */
final class CampaignSql {

	/**
	 * The rule-generated list: one row per household (its current household, active) with a living member who is a
	 * 优抚对象 of the campaign's categories and not disqualified, moved out or dead (as for the 光荣牌; a recipient
	 * whose payment stopped for another reason is still visited); the household's basis is the first category in
	 * {@code :order}. Households already on the list are kept as they are.
	 */
	static final String GENERATE = """
			insert into care_campaign_visit (campaign_id, household_id, person_id, community_id, basis, hand_picked)
			select distinct on (m.household_id) :campaign, m.household_id, r.person_id, h.community_id, r.category, false
			from care_recipient r
			join registry_person p on p.id = r.person_id and p.status = 'ACTIVE'
			join registry_membership m on m.person_id = r.person_id and m.valid_to is null
			join registry_household h on h.id = m.household_id and h.status = 'ACTIVE'
			where r.category in (:categories)
			  and (r.stop_reason is null or r.stop_reason not in ('DISQUALIFIED', 'MOVED_OUT', 'DEATH'))
			order by m.household_id, array_position(string_to_array(:order, ','), cast(r.category as text)), r.id
			on conflict (campaign_id, household_id) do nothing
			""";

	/** 低保 this month: the household, visited through its head. */
	private static final String DIBAO = """
			select distinct pp.household_id, h0.head_person_id as person_id
			from assistance_payment_period pp
			join registry_household h0 on h0.id = pp.household_id
			where pp.programme = 'DIBAO' and pp.kind <> 'TERMINATE' and pp.from_month <= :month
			  and (pp.until_month is null or pp.until_month > :month)
			""";

	/** 特困 this month: the supported person's household. */
	private static final String TEKUN = """
			select distinct on (pp.household_id) pp.household_id, cp.person_id
			from assistance_payment_period pp
			join assistance_case_person cp on cp.case_id = pp.case_id
			where pp.programme = 'TEKUN' and pp.kind <> 'TERMINATE' and pp.from_month <= :month
			  and (pp.until_month is null or pp.until_month > :month)
			order by pp.household_id, cp.person_id
			""";

	/** A member holds a valid 残疾人证: the most severely disabled member. */
	private static final String DISABLED = """
			select distinct on (m.household_id) m.household_id, d.person_id
			from disability_holder d
			join registry_person dp on dp.id = d.person_id and dp.status = 'ACTIVE'
			join registry_membership m on m.person_id = d.person_id and m.valid_to is null
			order by m.household_id, d.grade, d.person_id
			""";

	static String source(NeedyBasis basis) {
		return switch (basis) {
			case DIBAO -> DIBAO;
			case TEKUN -> TEKUN;
			case DISABLED -> DISABLED;
		};
	}

	/** The needy households of a basis not yet on the campaign's list, in scope; {@code %s} is the source. */
	static final String NEEDY = """
			from (%s) x
			join registry_household h on h.id = x.household_id and h.status = 'ACTIVE'
			join registry_person p on p.id = x.person_id
			where (:all or h.community_id in (:scopeIds))
			  and (cast(:communityId as bigint) is null or h.community_id = :communityId)
			  and not exists (select 1 from care_campaign_visit v where v.campaign_id = :campaign
			                  and v.household_id = x.household_id)
			""";

	/** Cash handed out in visits of {@code :month}: one line per visit, paid to the visited person's household. */
	static final String CASH_ENTITLEMENTS = """
			select 'V' || v.id as recipient_key, v.person_id as payee_person_id, v.household_id, v.community_id,
			       1 as person_count, v.cash as amount, v.cash as base_amount, 0 as add_ons, 0 as care_amount,
			       format(:breakdown, c.title, to_char(v.visited_on, 'YYYY-MM-DD'), v.cash) as breakdown,
			       c.id as source_id, null as change_note, false as review_overdue,
			       greatest(coalesce(c.standard_cash, v.cash), 0.01) as max_amount
			from care_campaign_visit v
			join care_campaign c on c.id = v.campaign_id
			where v.cash > 0 and v.visited_on >= cast(:month as date)
			  and v.visited_on < cast(:month as date) + interval '1 month'
			""";

	/** A visit's cash is paid once, in the month of the visit. */
	static final String CASH_STOPS = """
			select 'V' || v.id as recipient_key,
			       format(:stopOneOff, c.title, to_char(v.visited_on, 'YYYY-MM')) as reason
			from care_campaign_visit v
			join care_campaign c on c.id = v.campaign_id
			where v.cash > 0 and v.visited_on < cast(:month as date)
			""";

	private CampaignSql() {
	}

}
