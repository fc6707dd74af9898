-- For cast.pgbench, in the benchmark's throw-away database after the casts: a DRAFT copy of one
-- of the benchmark's elections (the election clock leaves drafts alone, so no shuffle reads the
-- pgbench ballots) with its candidates, and :voters verified voters on its roll, taken in turn
-- through the sequence pgbench_cast_voter. Variables: :source (an election id), :voters.
create sequence pgbench_cast_voter;
create temporary table e as select * from election where id = :'source';
update e set id = 'pgbench' || substr(md5(random()::text), 1, 25), status = 'DRAFT', title = 'pgbench';
insert into election select * from e;
create temporary table c as select * from candidate where election_id = :'source';
update c set id = md5(random()::text), election_id = (select id from e);
insert into candidate select * from c;
insert into account (email, display_name, password_hash)
  select 'pgbench-' || g || '@example.org', 'pgbench ' || g, 'none' from generate_series(1, :voters) g;
insert into account_role (account_id, role)
  select id, 'VOTER' from account where email like 'pgbench-%';
insert into voter (account_id, voter_ref, verified_at, verification_method)
  select id, 'P-' || id, now(), 'test' from account where email like 'pgbench-%';
insert into eligibility (election_id, account_id)
  select (select id from e), id from account where email like 'pgbench-%';
select id from e;
