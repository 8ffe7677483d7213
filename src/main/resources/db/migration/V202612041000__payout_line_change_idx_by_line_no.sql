-- The diff page lists a batch's new and changed lines in line order, 20 at a time. Indexed by (batch, change mark,
-- line number), the lines came out grouped by mark and were sorted whole for every page (37,598 lines of a 调标
-- month at district scale: 120 ms per page, most of it an on-disk sort); in line order the page reads the index.
drop index payout_line_change_idx;
create index payout_line_change_idx on payout_line (batch_id, line_no) where change_mark <> 'SAME';
