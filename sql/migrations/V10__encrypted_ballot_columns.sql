-- Issue 11: a ballot is stored as the voter's encrypted ballot (ciphertexts and proofs, JSON as
-- docs/election-crypto.md gives it), its tracker and the server's signed receipt. No server key
-- opens it. The sealed columns go once nothing writes them any more.
alter table ballot
    alter column sealed drop not null,
    alter column signature drop not null,
    alter column tracker type varchar(64),
    add column content      text,
    add column short_tracker varchar(17),
    add column receipt      varchar(128),
    add column encrypted_by varchar(6) check (encrypted_by in ('voter', 'server')),
    add constraint ballot_short_tracker_unique unique (election_id, short_tracker),
    add constraint ballot_encrypted_whole check (
        (content is null) = (receipt is null)
        and (content is null) = (encrypted_by is null)
        and (content is null) = (short_tracker is null));

-- Every ciphertext's A (r*G) of every encrypted ballot: none may repeat within an election (a copied
-- or colluding ballot would make the trustees' tool refuse the whole election's ballots). The key,
-- not a read-then-write check, refuses a repeat. Written with the ballot, so the shuffle rewrites
-- these rows with the ballots (their order would otherwise tell when each ballot came).
create table ballot_ciphertext (
    election_id varchar(32) not null references election (id),
    a           varchar(66) not null,
    shuffled    boolean     not null default false,
    primary key (election_id, a)
);
