-- The person list (人员查询) is ordered by name. Without an index for that order, its first page sorted all
-- 52,000 persons of the demo street (about 100 ms); person_name_idx (varchar_pattern_ops) serves LIKE but
-- not ORDER BY. In the "C" collation one index serves both: the order, and a name prefix as a range
-- (name collate "C" like '王晓%'), so the list's queries say collate "C". In the embedded server's C.UTF-8 that is
-- the order names had before (by code point).
create index person_name_c_idx on person (name collate "C", id);
