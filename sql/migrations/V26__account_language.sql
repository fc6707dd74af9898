-- The language a person last used on the site (at sign-in, or by switching), so the mails sent to
-- them later (invitations, reminders, password links, notices) are in that language. Null until
-- they have signed in once: their mails are then in the organisation's language (VOTING_LANGUAGE).
alter table account
    add column language varchar(8) check (language in ('en', 'fr'));
