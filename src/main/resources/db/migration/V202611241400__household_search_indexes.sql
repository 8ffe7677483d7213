-- Address search by any part of the address ("洪苑小区12号楼") uses a trigram index instead of scanning
-- every household. pg_trgm ships with PostgreSQL (contrib) and is a trusted extension since PostgreSQL 13.
create extension if not exists pg_trgm;
create index household_address_trgm_idx on household using gin (address gin_trgm_ops);
