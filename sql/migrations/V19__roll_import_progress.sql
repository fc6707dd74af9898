-- Issue 13: where a background roll import stands, in the database rather than in the memory of the
-- instance that runs it, so an admin's poll answers the same on every instance. Progress is written
-- in transactions of its own (the import itself is one transaction, all rows or none). A running
-- import whose row stops advancing belongs to an instance that died: its import rolled back.
create table roll_import (
  id           uuid        primary key,
  total        integer     not null check (total >= 0),
  written      integer     not null default 0 check (written >= 0),
  finished     boolean     not null default false,
  -- the finished import's report: rows read, enrolments, written (above) and each row's problems
  report_rows  integer,
  enrolments   integer,
  problems     jsonb,
  failure      text,
  started_at   timestamptz not null default now(),
  updated_at   timestamptz not null default now()
);

create index roll_import_updated on roll_import (updated_at);
