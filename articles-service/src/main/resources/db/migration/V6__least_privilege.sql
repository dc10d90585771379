-- The service connects as ${app_role}, which reads and writes rows and nothing more: it cannot change the schema
-- or rewrite the revision history and the event outbox, which it may only append to. Migrations run as the owner;
-- tables they create later get the same row privileges by default.
revoke create on schema public from public;
grant usage on schema public to ${app_role};
grant select, insert, update, delete on all tables in schema public to ${app_role};
grant usage, select on all sequences in schema public to ${app_role};
revoke update, delete, truncate on article_revision, article_event from ${app_role};
revoke insert, update, delete, truncate on flyway_schema_history from ${app_role};
alter default privileges in schema public grant select, insert, update, delete on tables to ${app_role};
alter default privileges in schema public grant usage, select on sequences to ${app_role};
