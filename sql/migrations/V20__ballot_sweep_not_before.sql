-- A sweep rewrites the ballot tables of every election (VACUUM FULL), so its cost grows with all the
-- ballots stored. While voting is open a shuffle's leftovers may wait a while for it, so casts are
-- not held up by a rewrite after every batch; a closing's or cancellation's are due at once.
alter table ballot_sweep_due add column not_before timestamptz not null default now();
