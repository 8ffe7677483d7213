package cn.street.civil.disability.internal;

/**
 * The two subsidies' eligibility for a month, as SQL: one row per certificate with the holder, the household of
 * month (the latest membership overlapping {@code :month}), that household's 低保 / 低保边缘 state and the holder's 特困 照料护理费 that month
 * (from the assistance module's view {@code assistance_payment_period}), and what follows from them with the
 * standards bound by {@link SubsidyStandards}: a status code and an amount for each subsidy. The payout programmes
 * select the rows that pay; the pages show the codes as reasons; the stop query explains the rows that do not.
 * <p>
 * Living subsidy: {@code LIVING_DIBAO} / {@code LIVING_EDGE} pay; {@code NOT_COVERED} (household in neither),
 * {@code EDGE_NOT_COVERED} (边缘 while the scope is 低保 only), {@code NO_HOUSEHOLD}, {@code NOT_IN_FORCE} do not.
 * Nursing subsidy: {@code NURSING} pays the grade's standard, {@code NURSING_REDUCED} the part above the 特困
 * 照料护理费 (就高不重复); {@code COVERED_BY_TEKUN}, {@code NO_LONG_TERM_CARE}, {@code GRADE_NOT_COVERED},
 * {@code NOT_IN_FORCE} do not. A certificate is in force in M when issued by the end of M and not revoked before
 * M ends; its holder alive on the first day of M (a death or revocation in M stops it from M+1).
 * <p>
 * The subqueries ask {@code assistance_payment_period} for one household or one case at a time, with the condition
 * on a column the view is partitioned by (household, case), so that PostgreSQL applies it before the view's window
 * and reads that household's changes by index; a condition on another column, or a plain join, would compute the
 * window over every case once per certificate ({@code offset 0} keeps the lateral subquery from being flattened
 * into such a join).
 */
final class SubsidySql {

	static final String ELIGIBILITY = """
			with holder as (
			    select c.id as certificate_id, c.person_id, c.category, c.grade, c.long_term_care, c.review_on,
			           c.revoked_on, p.community_id, m.household_id,
			           (c.issued_on < cast(:month as date) + interval '1 month'
			            and (c.revoked_on is null or c.revoked_on >= cast(:month as date) + interval '1 month')
			            and (p.status = 'ACTIVE' or p.status_date >= cast(:month as date) + interval '1 month')) as in_force
			    from disability_certificate c
			    join registry_person p on p.id = c.person_id
			    left join lateral (select rm.household_id from registry_membership rm
			                       where rm.person_id = c.person_id
			                         and rm.valid_from < cast(:month as date) + interval '1 month'
			                         and (rm.valid_to is null or rm.valid_to > cast(:month as date))
			                       order by rm.valid_from desc limit 1) m on true
			    where (:onlyPerson < 0 or c.person_id = :onlyPerson)
			),
			assessed as (
			    select h.*,
			           (select pp.programme from assistance_payment_period pp
			            where pp.household_id = h.household_id and pp.programme in ('DIBAO', 'EDGE')
			              and pp.kind <> 'TERMINATE' and pp.from_month <= cast(:month as date)
			              and (pp.until_month is null or pp.until_month > cast(:month as date))
			            order by case pp.programme when 'DIBAO' then 0 else 1 end limit 1) as assistance,
			           (select max(pp.from_month) from assistance_payment_period pp
			            where pp.household_id = h.household_id and pp.programme = 'DIBAO' and pp.kind = 'TERMINATE'
			              and pp.from_month <= cast(:month as date)) as dibao_ended_from,
			           (select pp.care_amount from assistance_case_person cm
			            cross join lateral (select * from assistance_payment_period p1
			                                where p1.case_id = cm.case_id offset 0) pp
			            where cm.person_id = h.person_id and pp.programme = 'TEKUN' and pp.kind <> 'TERMINATE'
			              and pp.from_month <= cast(:month as date)
			              and (pp.until_month is null or pp.until_month > cast(:month as date))
			            order by pp.from_month desc limit 1) as tekun_care
			    from holder h
			),
			decided as (
			    select a.*,
			           case when not a.in_force then 'NOT_IN_FORCE'
			                when a.household_id is null then 'NO_HOUSEHOLD'
			                when a.assistance = 'DIBAO' then 'LIVING_DIBAO'
			                when a.assistance = 'EDGE' and :livingScope = 'DIBAO_AND_EDGE' then 'LIVING_EDGE'
			                when a.assistance = 'EDGE' then 'EDGE_NOT_COVERED'
			                else 'NOT_COVERED' end as living_status,
			           case when a.grade <= 2 then a.grade
			                when a.grade = 3 and a.category in ('INTELLECTUAL', 'MENTAL')
			                     and :nursingScope = 'GRADES_1_2_AND_MENTAL_3' then 3 end as nursing_grade
			    from assessed a
			),
			priced as (
			    select d.*,
			           case d.living_status when 'LIVING_DIBAO' then cast(:livingDibao as numeric)
			                                when 'LIVING_EDGE' then cast(:livingEdge as numeric) end as living_amount,
			           case d.nursing_grade when 1 then cast(:nursing1 as numeric) when 2 then cast(:nursing2 as numeric)
			                                when 3 then cast(:nursing3 as numeric) end as nursing_standard
			    from decided d
			)
			select p.*,
			       case when not p.in_force then 'NOT_IN_FORCE'
			            when p.household_id is null then 'NO_HOUSEHOLD'
			            when p.nursing_grade is null then 'GRADE_NOT_COVERED'
			            when not p.long_term_care then 'NO_LONG_TERM_CARE'
			            when p.tekun_care is not null and :overlap = 'HIGHER_ONLY' and p.tekun_care >= p.nursing_standard
			                 then 'COVERED_BY_TEKUN'
			            when p.tekun_care is not null and :overlap = 'HIGHER_ONLY' then 'NURSING_REDUCED'
			            else 'NURSING' end as nursing_status,
			       case when p.in_force and p.household_id is not null and p.nursing_grade is not null and p.long_term_care
			            then case when p.tekun_care is not null and :overlap = 'HIGHER_ONLY'
			                      then greatest(p.nursing_standard - p.tekun_care, 0) else p.nursing_standard end
			       end as nursing_amount
			from priced p
			""";

	/** The common columns of an entitlement row (see {@code PayoutProgramme}), after {@code select}. */
	private static final String LINE = """
			'P' || e.person_id as recipient_key, e.person_id as payee_person_id, e.household_id, e.community_id,
			1 as person_count, e.certificate_id as source_id, null as change_note, 0 as add_ons, 0 as care_amount,
			coalesce(e.review_on < cast(:month as date), false) as review_overdue,
			""";

	static final String LIVING_ENTITLEMENTS = "select " + LINE + """
			e.living_amount as amount, e.living_amount as base_amount, e.living_amount as max_amount,
			case e.living_status when 'LIVING_DIBAO' then format(:textLivingDibao, e.living_amount)
			                     else format(:textLivingEdge, e.living_amount) end as breakdown
			from (""" + ELIGIBILITY + """
			) e
			where e.living_status in ('LIVING_DIBAO', 'LIVING_EDGE') and e.living_amount > 0
			""";

	static final String NURSING_ENTITLEMENTS = "select " + LINE + """
			e.nursing_amount as amount, e.nursing_amount as base_amount, e.nursing_standard as max_amount,
			case e.nursing_status when 'NURSING' then format(:textNursing, split_part(:gradeNames, ',', e.grade),
			                                                 e.nursing_amount)
			     else format(:textNursingReduced, split_part(:gradeNames, ',', e.grade), e.nursing_standard,
			                 e.tekun_care, e.nursing_amount) end as breakdown
			from (""" + ELIGIBILITY + """
			) e
			where e.nursing_status in ('NURSING', 'NURSING_REDUCED') and e.nursing_amount > 0
			""";

	/** Why a holder is not paid the living subsidy in {@code :month}. */
	static final String LIVING_STOPS = """
			select 'P' || e.person_id as recipient_key,
			       case when e.revoked_on is not null and not e.in_force then format(:stopRevoked, e.revoked_on)
			            when not e.in_force then :stopNotInForce
			            when e.living_status = 'NO_HOUSEHOLD' then :stopNoHousehold
			            when e.living_status = 'EDGE_NOT_COVERED' then :stopEdgeNotCovered
			            when e.dibao_ended_from is not null
			                 then format(:stopDibaoEnded, to_char(e.dibao_ended_from, 'YYYY-MM'))
			            else :stopNotCovered end as reason
			from (""" + ELIGIBILITY + """
			) e
			where e.living_status not in ('LIVING_DIBAO', 'LIVING_EDGE')
			""";

	/** Why a holder is not paid the nursing subsidy in {@code :month}. */
	static final String NURSING_STOPS = """
			select 'P' || e.person_id as recipient_key,
			       case when e.revoked_on is not null and not e.in_force then format(:stopRevoked, e.revoked_on)
			            when e.nursing_status = 'NOT_IN_FORCE' then :stopNotInForce
			            when e.nursing_status = 'NO_HOUSEHOLD' then :stopNoHousehold
			            when e.nursing_status = 'GRADE_NOT_COVERED' then :stopGradeNotCovered
			            when e.nursing_status = 'NO_LONG_TERM_CARE' then :stopNoLongTermCare
			            else format(:stopCoveredByTekun, e.tekun_care) end as reason
			from (""" + ELIGIBILITY + """
			) e
			where e.nursing_status not in ('NURSING', 'NURSING_REDUCED') or coalesce(e.nursing_amount, 0) = 0
			""";

	private SubsidySql() {
	}

}
