-- Issue 12: the audit trail is signed and insert-only.

-- The server's Ed25519 signature (VOTING_SIGNING_KEY, the key that signs receipts) on the chain's
-- head at one entry: over "securevote/v1/audit-checkpoint", seq and hash (docs/audit-trail.md).
-- Written in the transaction of the append it signs, at every election state change and every
-- VOTING_AUDIT_CHECKPOINT_EVERY entries. Deferred key: the entry and its checkpoint are inserted
-- by one flush in whatever order, and are checked together at commit.
create table audit_checkpoint (
    seq        bigint       primary key references audit_entry (seq) deferrable initially deferred,
    hash       varchar(64)  not null,
    signed_at  timestamptz  not null,
    signature  varchar(128) not null
);

-- Insert-only: no row of the trail is ever changed or removed, by the application or anyone else
-- acting through an ordinary role. The owner of the tables (or a superuser) can still drop or
-- disable these triggers; the signatures, not the triggers, are what catch that (README.md).
create function audit_trail_insert_only() returns trigger language plpgsql as $$
begin
    raise exception 'the audit trail is insert-only: % on % is refused', tg_op, tg_table_name
        using hint = 'Entries and checkpoints are never changed or removed; append instead.';
end;
$$;

create trigger audit_entry_insert_only before update or delete on audit_entry
    for each row execute function audit_trail_insert_only();
create trigger audit_entry_no_truncate before truncate on audit_entry
    for each statement execute function audit_trail_insert_only();
create trigger audit_checkpoint_insert_only before update or delete on audit_checkpoint
    for each row execute function audit_trail_insert_only();
create trigger audit_checkpoint_no_truncate before truncate on audit_checkpoint
    for each statement execute function audit_trail_insert_only();

-- A subject names a voter as "voter:" and their voter ID, which has up to 64 characters itself.
alter table audit_entry alter column subject type varchar(128);
