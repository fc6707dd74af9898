-- A single mail to a voter (a voting code, a password link, a notice about their account) that
-- could not be handed to the mail server, listed for the admins by voter ID. It keeps no election
-- and no address: what failed, for whom, when and why is what an admin needs to mend the address.
create table mail_failure (
    id         bigint generated always as identity primary key,
    account_id bigint       not null references voter (account_id),
    kind       varchar(16)  not null check (kind in ('CODE', 'PASSWORD_LINK', 'NOTICE')),
    failed_at  timestamptz  not null default now(),
    reason     varchar(300) not null
);
create index mail_failure_recent on mail_failure (failed_at desc, id desc);
