-- Issue 11: ballots are only ever stored encrypted to the trustees' election key (V10's columns),
-- so the sealed scheme goes: the election's ballot key, which VOTING_MASTER_KEY opened, and the
-- sealed choice with its signature. No key the server holds opens a ballot any more.
-- A ballot of the old scheme (sealed, no content) could be neither counted nor checked: none may
-- remain, which the not-null columns below then hold.
delete from ballot where content is null;

alter table election drop column sealed_key;

alter table ballot
    drop column sealed,
    drop column signature,
    drop constraint ballot_encrypted_whole,
    alter column content set not null,
    alter column short_tracker set not null,
    alter column receipt set not null,
    alter column encrypted_by set not null;
