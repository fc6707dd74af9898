-- Issue 11: trustees hold shares of each election's key; no server key opens a ballot.

alter table account_role drop constraint account_role_role_check;
alter table account_role add constraint account_role_role_check
    check (role in ('ADMIN', 'VOTER', 'AUDITOR', 'TRUSTEE'));

-- The election's k-of-n terms and, once the ceremony is complete, its public key K and the ceremony
-- fingerprint. Both are frozen from scheduling on (the entity refuses changes after DRAFT).
alter table election
    add column trustee_count integer,
    add column threshold     integer,
    add column public_key    varchar(66),
    add column fingerprint   varchar(64),
    add constraint election_threshold
        check (threshold is null or (trustee_count >= 1 and threshold between 1 and trustee_count)),
    add constraint election_key_needs_terms
        check (public_key is null or (threshold is not null and fingerprint is not null));

-- Trustee i of an election: a TRUSTEE account, its public file (trustee-i.public.json, checked on
-- upload) and where it stands in the ceremony. Nothing secret: shares travel sealed (below).
create table trustee (
    election_id   varchar(32)   not null references election (id) on delete cascade,
    trustee_index integer       not null check (trustee_index >= 1),
    account_id    bigint        not null references account (id),
    public_file   text,
    confirmed     boolean       not null default false, -- received every share and found them good
    complaint     varchar(2000),                        -- why a share failed its check, if one did
    primary key (election_id, trustee_index),
    constraint trustee_once unique (election_id, account_id)
);

-- share-<from>-to-<to>.json: f_from(to) sealed to trustee `to`'s transport key; only `to` opens it.
create table ceremony_share (
    election_id varchar(32) not null,
    from_index  integer     not null,
    to_index    integer     not null,
    share_file  text        not null,
    primary key (election_id, from_index, to_index),
    foreign key (election_id, from_index) references trustee (election_id, trustee_index)
        on delete cascade,
    foreign key (election_id, to_index) references trustee (election_id, trustee_index)
        on delete cascade,
    check (from_index <> to_index)
);
