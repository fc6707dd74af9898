-- Auditor tokens issued for machine clients of /api/audit/**. The token itself is never stored:
-- a call is checked against its jti here (revoked or not), after its signature and claims.
create table auditor_token (
  jti        varchar(64)  primary key,
  label      varchar(100) not null,
  account_id bigint       not null references account (id),
  groups     varchar(200) not null,
  issued_by  varchar(254) not null,
  issued_at  timestamptz  not null,
  expires_at timestamptz  not null,
  revoked_at timestamptz,
  check (expires_at > issued_at)
);

create index auditor_token_issued on auditor_token (issued_at desc);
