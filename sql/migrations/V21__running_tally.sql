-- The encrypted totals grow with each shuffle, so the close adds up only what was never shuffled
-- instead of decoding every ballot of the election at once. `summed` marks a ballot whose
-- ciphertexts are in its election's running sum (the shuffle writes it with the ballot, so it dates
-- nothing); ballots stored before this migration, or added by any other path, stay unsummed.
alter table ballot add column summed boolean not null default false;
create index ballot_unsummed on ballot (election_id, tracker) where not summed;

-- Per election: the ballots summed so far, the ids of those that could not be added, and per
-- candidate, in the ballot's order, the sums of the ciphertexts' a and b points (compressed hex; an
-- empty item is the point at infinity), as comma-separated lists. `ballots_mac` is the sum modulo
-- 2^256 of a keyed MAC of each summed ballot (id and content), and `seal` a keyed MAC of the whole
-- row: the close uses the sums only while both still match the stored ballots, and otherwise adds
-- up every ballot afresh.
create table tally_running (
    election_id varchar(32) primary key references election (id),
    counted     integer not null check (counted >= 0),
    rejected    text    not null,
    a           text    not null,
    b           text    not null,
    ballots_mac text    not null,
    seal        text    not null
);
