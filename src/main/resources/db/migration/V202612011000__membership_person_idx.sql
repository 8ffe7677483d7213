-- The person page lists every household a person was ever in (household_membership by person_id, ended
-- memberships included). Only the current membership was indexed (membership_one_current_household), so
-- that list read the whole table: 52,000 rows on the demo street for each person page.
create index membership_person_idx on household_membership (person_id);
