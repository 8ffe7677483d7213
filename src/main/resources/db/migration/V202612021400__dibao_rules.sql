-- 分类施保 and 低保边缘家庭 (DOMAIN §1.4, §1.5).
-- The 分类施保 parameters: per condition (老年人 / 未成年人 / 重度残疾人 / 重病患者) a rule (none, fixed amount or a
-- share of S) and its value, and the age from which a person counts as 老年人. Values are dated rows as usual.
insert into standard_parameter (code, value_kind) values
    ('ADDON_RULE', 'CHOICE'),
    ('ADDON_AMOUNT', 'MONEY'),
    ('ADDON_SHARE', 'RATIO'),
    ('ADDON_ELDERLY_AGE', 'INTEGER');

-- What the investigators found about a covered member's health at the home visit (入户调查): 重度残疾 and 重病,
-- each with a note (残疾人证 category and grade, the diagnosis). Only members with a finding have a row; like the
-- income items, a row belongs to one investigation and is never edited (a re-investigation records its own).
create table assistance_member_condition (
    investigation_id   bigint        not null references assistance_investigation (id),
    line               integer       not null,
    person_id          bigint        not null,
    severe_disability  boolean       not null default false,
    serious_illness    boolean       not null default false,
    note               varchar(200)  not null,
    primary key (investigation_id, line),
    constraint assistance_member_condition_one_person unique (investigation_id, person_id),
    constraint assistance_member_condition_some check (severe_disability or serious_illness)
);
