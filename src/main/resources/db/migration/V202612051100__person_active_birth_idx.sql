-- The home page's 高龄 to-do counts the living residents of 80 and more without an enrolment, and the elderly
-- lists start from the same persons: with this index PostgreSQL reads them from the index alone (1,683 of the demo
-- street's 52,000 persons, spread over 1,009 heap pages), 3.9 → 1.3 ms a home page.
create index person_active_birth_idx on person (birth_date) include (id, community_id) where status = 'ACTIVE';
