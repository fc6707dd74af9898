-- Issue 11, the key ceremony on the server: a complaint names the trustee whose share failed the
-- complainer's check, so that trustee (and only it) may send that share again.
alter table trustee
    add column accused integer,
    add constraint trustee_accused
        check ((accused is null) = (complaint is null) and (accused is null or accused <> trustee_index));
