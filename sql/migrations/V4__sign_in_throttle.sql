-- Failed sign-ins per account and per client address, for backoff. Shared by all cluster instances.
create table sign_in_failure (
    subject      varchar(300) primary key, -- 'account:<email>' or 'address:<ip>'
    failures     integer      not null,
    last_failure timestamptz  not null,
    locked_until timestamptz
);
