-- Issue 11: the tally adds up the ballots' ciphertexts per candidate and stores only these sums;
-- trustees decrypt the sums, never a ballot.

-- Each candidate's encrypted total (A, B), the point-wise sum of its ciphertext in every stored
-- ballot, written at closing. No rows when there were no ballots (the empty sum has no encoding).
create table encrypted_total (
    election_id  varchar(32) not null references election (id),
    candidate_id varchar(32) not null references candidate (id),
    a            varchar(66) not null,
    b            varchar(66) not null,
    primary key (election_id, candidate_id)
);

-- A trustee's partial decryptions of the totals (securevote/partial-decryptions/v1, as the tool
-- wrote it), kept only once every proof checked against the stored totals. One per trustee.
create table partial_decryption (
    election_id   varchar(32) not null,
    trustee_index integer     not null,
    partials_file text        not null,
    primary key (election_id, trustee_index),
    foreign key (election_id, trustee_index) references trustee (election_id, trustee_index)
);
