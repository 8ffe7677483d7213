-- The registry's published SQL API for set-based programme queries (monthly rosters as INSERT ... SELECT,
-- statistics). Programmes read these views, never the registry's tables; no cipher text, blind index
-- or phone number is in them. Membership on a date D: valid_from <= D and (valid_to is null or valid_to > D).
create view registry_person as
select p.id, p.name, p.id_no_prefix, p.id_no_tail, p.birth_date, p.sex, p.status, p.status_date, p.community_id
from person p;

create view registry_household as
select h.id, h.household_no, h.community_id, h.residence_type, h.address, h.status, h.dissolved_on, h.head_person_id,
       h.bank_name, h.bank_account_holder, h.bank_account_tail, (h.bank_account_cipher is not null) as has_bank_account
from household h;

create view registry_membership as
select m.household_id, m.person_id, m.relation, m.valid_from, m.valid_to, m.end_reason
from household_membership m;
