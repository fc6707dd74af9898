-- The code a voter confirms before their first ballot. Only a MAC of it is stored, under a key
-- derived from VOTING_MASTER_KEY, so a database dump cannot be searched for the six digits.
create table one_time_code (
    account_id bigint      primary key references account (id) on delete cascade,
    code_mac   varchar(64) not null,
    expires_at timestamptz not null,
    attempts   integer     not null default 0,
    sent_at    timestamptz not null
);
