-- Per election: the networks voters may vote from (CIDR ranges; empty means any), and whether a
-- voter must confirm a fresh one-time code before casting in it.
alter table election add column allowed_networks varchar(2000) not null default '';
alter table election add column fresh_code_required boolean not null default false;

-- Where a suspicious request came from: the client address (after trusted proxies) and the path.
alter table suspicious_event add column address varchar(45);
alter table suspicious_event add column path varchar(300);
