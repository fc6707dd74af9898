-- Approval ballots: how many candidates a ballot may choose, min_choices..max_choices. A
-- single-choice election chooses exactly one; the ballots' count proofs are made for these bounds.
alter table election
    add column min_choices integer not null default 1,
    add column max_choices integer not null default 1,
    add constraint election_choice_bounds check (
        min_choices >= 0 and max_choices >= 1 and min_choices <= max_choices
        and (ballot_type <> 'SINGLE_CHOICE' or (min_choices = 1 and max_choices = 1)));
