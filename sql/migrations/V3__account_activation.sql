-- One-time links by which a person sets their own password. Only a hash of the token is stored;
-- the token itself exists only in the email that carries it.
create table activation_token (
    token_hash varchar(64) primary key,
    account_id bigint      not null references account (id) on delete cascade,
    expires_at timestamptz not null,
    used_at    timestamptz
);
create index activation_token_account on activation_token (account_id);
