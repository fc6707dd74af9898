-- Issue 12: the live dashboard's turnout over time. While an election is open the clock stores,
-- once a minute, how many ballots are in: a count per minute, never who or what (the ballot rows
-- carry no time at all). Every instance writes the same minute's row, so the latest count wins.
create table turnout_sample (
    election_id varchar(32) not null references election (id),
    minute      timestamptz not null,
    ballots     bigint      not null,
    primary key (election_id, minute)
);
