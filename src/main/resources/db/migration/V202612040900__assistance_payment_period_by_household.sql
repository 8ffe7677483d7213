-- assistance_payment_period computes each period's end with a window over the case's changes. A condition on a
-- view column can only be applied inside the view (before the window) when that column is a partition column;
-- partitioned by the case alone, a reader asking for one household's periods (the disability subsidies, per
-- certificate) made PostgreSQL compute the window over every change of every case, once per question. The case
-- determines its household, programme and community, so partitioning by them as well changes no row, and a
-- condition on any of them now reaches the tables and their indexes.
create or replace view assistance_payment_period as
select ch.case_id, c.programme, c.household_id, c.community_id, ch.id as change_id, ch.kind,
       ch.effective_month as from_month,
       lead(ch.effective_month) over (partition by ch.case_id, c.household_id, c.programme, c.community_id
                                      order by ch.effective_month, ch.id) as until_month,
       ch.standard_amount, ch.covered_count, ch.counted_income, ch.rounding, ch.base_amount, ch.add_ons,
       ch.care_amount, ch.monthly_amount
from assistance_case_change ch
join assistance_case c on c.id = ch.case_id
where c.state in ('CONFIRMED', 'TERMINATED');

create index assistance_case_household_idx on assistance_case (household_id);
