-- 优抚 and 残疾人 (modules care, disability; issue #16), second part: the SQL the two modules read from others,
-- published by its owner, and what the 光荣牌 and the holiday visit campaigns need beyond V202612031800.

-- The assistance module's published SQL (like assistance_payment_period): who is covered by an assistance case.
-- Other modules read this view, never the table assistance_case_member (the case's own bookkeeping).
create view assistance_case_person as
select cm.case_id, cm.person_id
from assistance_case_member cm;
comment on view assistance_case_person is
    'Published by the assistance module: the persons covered by each assistance case (case_id, person_id).';

-- The disability module's published SQL: the holders of a certificate not revoked, with category and grade
-- (for the 优抚 holiday visits' needy households). Never the certificate number.
create view disability_holder as
select c.id as certificate_id, c.person_id, c.category, c.grade, c.issued_on
from disability_certificate c
where c.revoked_on is null;
comment on view disability_holder is
    'Published by the disability module: persons holding a valid 残疾人证 (certificate_id, person_id, category, grade).';

-- 光荣牌: its basis (烈士遗属 … 退役军人家庭, from the recipient's category) kept with the plaque.
alter table care_plaque add column basis varchar(25) not null default 'VETERAN_FAMILY'
    check (basis in ('MARTYR_FAMILY', 'DUTY_DEATH_FAMILY', 'ILLNESS_DEATH_FAMILY', 'ACTIVE_SERVICE_FAMILY',
                     'VETERAN_FAMILY'));
alter table care_plaque alter column basis drop default;
alter table care_plaque add constraint care_plaque_hung_by_check check (length(trim(hung_by)) > 0);

-- A campaign: opened, its list generated (rules) and hand-picked, visited, completed (CLOSED) by the chief.
alter table care_campaign add column generated_at timestamptz;
alter table care_campaign add column generated_by varchar(50);
alter table care_campaign add constraint care_campaign_closed_generated check (state <> 'CLOSED' or generated_at is not null);

alter table care_campaign_visit add constraint care_campaign_visit_basis check (basis in ('DISABLED_VETERAN',
    'MARTYR_FAMILY', 'DUTY_DEATH_FAMILY', 'ILLNESS_DEATH_FAMILY', 'DEMOBILISED', 'ILL_RETURNED', 'WAR_PARTICIPANT',
    'RURAL_VETERAN', 'ACTIVE_SERVICE_FAMILY', 'DIBAO', 'TEKUN', 'DISABLED'));
alter table care_campaign_visit add constraint care_campaign_visit_gift check (visited_on is null
    or coalesce(cash, 0) > 0 or goods is not null);
alter table care_campaign_visit add constraint care_campaign_visit_goods check ((goods is null) = (goods_value is null));
-- The cash visits of a month, for the payout (CARE_VISIT_CASH).
create index care_campaign_visit_cash_idx on care_campaign_visit (visited_on) where cash > 0;
