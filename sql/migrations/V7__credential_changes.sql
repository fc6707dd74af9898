-- Changes to a voter's credentials (sign-in email, password link) asked for by one staff member
-- and decided by another, while the voter is on the roll of a scheduled or open election.
create table credential_change (
    id           varchar(32)  primary key,
    account_id   bigint       not null references voter (account_id),
    kind         varchar(16)  not null check (kind in ('EMAIL', 'PASSWORD_LINK')),
    new_email    varchar(254),
    status       varchar(16)  not null check (status in ('PENDING', 'APPLIED', 'REFUSED')),
    requested_by varchar(254) not null,
    requested_at timestamptz  not null,
    decided_by   varchar(254),
    decided_at   timestamptz,
    constraint credential_change_email check ((kind = 'EMAIL') = (new_email is not null)),
    constraint credential_change_decided check ((status = 'PENDING') = (decided_by is null)),
    constraint credential_change_other_eyes check (decided_by is null or decided_by <> requested_by)
);
-- At most one waiting request of each kind per voter.
create unique index credential_change_pending
    on credential_change (account_id, kind) where status = 'PENDING';
