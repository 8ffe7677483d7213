package cn.street.civil.care.internal;

/**
 * The 优抚 entitlements of a month as SQL, for the payout and the pages: every recipient paid in {@code :month}
 * (since ≤ M < stopped), in the household of the latest membership overlapping M, at the standard of the month
 * bound as {@code :rates} (a JSON object, dimension code → 元, see {@link CareStandards}): 残疾抚恤金 by
 * {@code G<grade>_<nature>}, 定期抚恤金 / 生活补助 by category, and for 现役军人家属 the yearly 优待金 in the
 * configured month only ({@code :conscriptMonth}, 0 when no such family is paid).
 */
final class CareSql {

	static final String ENTITLED = """
			select r.id, r.person_id, r.category, r.disability_grade, r.disability_nature, p.community_id,
			       m.household_id,
			       case when r.category = 'DISABLED_VETERAN' then 'G' || r.disability_grade || '_' || r.disability_nature
			            else r.category end as code,
			       case when r.category = 'ACTIVE_SERVICE_FAMILY'
			            then case when extract(month from cast(:month as date)) = :conscriptMonth
			                      then cast(cast(:rates as jsonb) ->> 'CONSCRIPT' as numeric) end
			            else cast(cast(:rates as jsonb) ->> (case when r.category = 'DISABLED_VETERAN'
			                      then 'G' || r.disability_grade || '_' || r.disability_nature else r.category end)
			                 as numeric) end as amount
			from care_recipient r
			join registry_person p on p.id = r.person_id
			left join lateral (select rm.household_id from registry_membership rm
			                   where rm.person_id = r.person_id
			                     and rm.valid_from < cast(:month as date) + interval '1 month'
			                     and (rm.valid_to is null or rm.valid_to > cast(:month as date))
			                   order by rm.valid_from desc limit 1) m on true
			where r.since_month <= cast(:month as date)
			  and (r.stopped_from is null or r.stopped_from > cast(:month as date))
			""";

	static final String ENTITLEMENTS = """
			select 'C' || e.id as recipient_key, e.person_id as payee_person_id, e.household_id, e.community_id,
			       1 as person_count, e.amount, e.amount as base_amount, 0 as add_ons, 0 as care_amount,
			       format(:breakdown, e.code_label, e.amount) as breakdown, e.id as source_id, null as change_note,
			       false as review_overdue, e.amount as max_amount
			from (select x.*, cast(:labels as jsonb) ->> x.code as code_label from (""" + ENTITLED + """
			) x) e
			where e.household_id is not null and e.amount > 0
			""";

	static final String STOPS = """
			select 'C' || r.id as recipient_key,
			       case r.stop_reason when 'DEATH' then format(:stopDeath, r.died_on)
			                          else format(:stopOther, cast(:stopLabels as jsonb) ->> r.stop_reason,
			                                      to_char(r.stopped_from, 'YYYY-MM')) end as reason
			from care_recipient r
			where r.stopped_from is not null and r.stopped_from <= cast(:month as date)
			""";

	/** The dimension codes the recipients paid in {@code :month} need (to look each up, loudly). */
	static final String CODES = """
			select distinct case when r.category = 'DISABLED_VETERAN'
			                     then 'G' || r.disability_grade || '_' || r.disability_nature else r.category end
			from care_recipient r
			where r.since_month <= :month and (r.stopped_from is null or r.stopped_from > :month)
			""";

	private CareSql() {
	}

}
