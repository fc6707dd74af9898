-- One row per committed ballot shuffle whose leftovers (dead row versions, their index entries and
-- the bytes they leave in free space) a sweep has not cleared yet. The shuffle adds its row in its
-- own transaction, so a due sweep survives a crash or a restart; the sweep deletes the rows it saw.
create table ballot_sweep_due (
    shuffle bigint generated always as identity primary key
);
