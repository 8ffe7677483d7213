-- payout_stop.previous_line_id references payout_line (id) without an index: every line deleted when a draft is
-- regenerated (RosterGenerator.clear) made the foreign key's check scan the whole payout_stop table, which grows by
-- every month's stopped recipients. Found by PayoutBenchmark (see README "发放基准测试").
create index payout_stop_previous_line_idx on payout_stop (previous_line_id);
