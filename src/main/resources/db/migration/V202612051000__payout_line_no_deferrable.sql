-- Regenerating a draft updates its lines in place (RosterGenerator), and a line inserted or removed in the middle
-- moves the numbers of the lines after it: their uniqueness within the batch is checked at the end of the
-- generation's transaction (set constraints … deferred there), at once everywhere else.
alter table payout_line drop constraint payout_line_no_uq,
    add constraint payout_line_no_uq unique (batch_id, line_no) deferrable initially immediate;
