-- Flyway runs this after every migrate. When an owner role applies the migrations and the pool uses
-- another role (VOTING_DB_OWNER_USER, see the README), it gives the pool's role what the application
-- needs and nothing more: rows of every table, but no rewriting of the audit trail or of Flyway's
-- history, and ownership of just the tables the ballot sweep rewrites (VACUUM FULL needs it).
-- With one role for both (the default) there is nothing to hand over.
do $$
declare
  app constant text := '${appRole}';
  swept constant text[] := string_to_array('${sweptTables}', ','); -- BallotSweep.TABLES
  t text;
begin
  if app = current_user then
    return;
  end if;
  if not pg_has_role(current_user, app, 'MEMBER') then
    raise exception 'the migration role % must be a member of the application role % to hand it the swept tables: grant % to %',
      current_user, app, app, current_user;
  end if;
  execute format('grant select, insert, update, delete on all tables in schema public to %I', app);
  execute format('grant usage, select on all sequences in schema public to %I', app);
  execute format('revoke update, delete, truncate on audit_entry, audit_checkpoint from %I', app);
  execute format('revoke insert, update, delete, truncate on flyway_schema_history from %I', app);
  -- A new owner needs CREATE on the schema; the application keeps none once the tables are its.
  execute format('grant create on schema public to %I', app);
  foreach t in array swept loop
    execute format('alter table %I owner to %I', t, app);
  end loop;
  execute format('revoke create on schema public from %I', app);
end
$$;
