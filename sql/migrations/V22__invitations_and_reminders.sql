-- Invitations ("invite all not yet activated") and reminders ("remind all who have not voted") sent
-- in the background. A mailing walks its election's roll in account order with a cursor, so it
-- resumes where it stopped after a restart and passes each voter once. It keeps no list of whom it
-- mailed: a reminder's recipients would be a list of who had not voted at that moment.
create table mailing (
    id            bigint generated always as identity primary key,
    election_id   varchar(32)  not null references election (id),
    kind          varchar(16)  not null check (kind in ('INVITATION', 'REMINDER')),
    requested_by  varchar(254) not null,
    requested_at  timestamptz  not null default now(),
    roll_size     integer      not null,
    after_account bigint       not null default 0, -- the cursor: the last account passed
    passed        integer      not null default 0, -- voters of the roll passed so far
    claimed       integer      not null default 0, -- mails taken for sending
    sent          integer      not null default 0,
    failed        integer      not null default 0,
    walked_at     timestamptz                      -- when the cursor passed the roll's end
);
create index mailing_walking on mailing (id) where walked_at is null;
create index mailing_election on mailing (election_id, id);

-- An invitation that could not be handed to the mail server, by voter. Reminders keep none (above).
create table mailing_failure (
    mailing_id bigint       not null references mailing (id),
    account_id bigint       not null references voter (account_id),
    reason     varchar(300) not null,
    primary key (mailing_id, account_id)
);

-- One batch of mail per pace across the cluster, whatever the number of instances.
create table mail_pace (
    id            integer primary key check (id = 1),
    next_batch_at timestamptz not null
);
insert into mail_pace values (1, now());
