-- Auditors page through the trail and the suspicious events newest first by keyset (seq, id),
-- filtered by an exact actor, action, subject (an election), account or reason, or a time range.
-- Each filter's index ends in the key, so a filtered page reads only its own rows in key order,
-- however deep in the trail it lies and however many entries there are.
create index audit_entry_action_seq on audit_entry (action, seq);
create index audit_entry_subject_seq on audit_entry (subject, seq);
create index audit_entry_actor_seq on audit_entry (actor, seq);
create index audit_entry_recorded_at on audit_entry (recorded_at);

create index suspicious_event_reason_id on suspicious_event (reason, id);
create index suspicious_event_account_id on suspicious_event (account, id);
create index suspicious_event_recorded_at on suspicious_event (recorded_at);
