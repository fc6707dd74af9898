-- Ballots of several questions (a board seat, then a motion with yes / no / abstain): each further
-- question is a run of the election's candidates (its answers) with its own bounds. The candidates
-- with no question are the election's own first question, bounded by min_choices..max_choices; the
-- ballot lists them first, then each question's in display order (docs/election-crypto.md).
create table question (
    id            varchar(32)  primary key,
    election_id   varchar(32)  not null references election (id) on delete cascade,
    title         varchar(200) not null,
    min_choices   integer      not null,
    max_choices   integer      not null,
    display_order integer      not null,
    constraint question_bounds check (min_choices >= 0 and max_choices >= 1 and min_choices <= max_choices),
    constraint question_order_unique unique (election_id, display_order) deferrable initially deferred
);

alter table candidate add column question_id varchar(32) references question (id) on delete cascade;
create index candidate_question on candidate (question_id);
