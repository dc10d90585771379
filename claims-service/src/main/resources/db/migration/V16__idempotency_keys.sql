-- Safe retries (Idempotency-Key): the first 2xx answer to a keyed create, kept 24 hours for its retries.
-- status is null while the first request is still running.
create table idempotency_keys (
    caller       text        not null,
    method       text        not null,
    path         text        not null,
    key          text        not null,
    fingerprint  bytea       not null,
    created_at   timestamptz not null default now(),
    status       integer,
    location     text,
    etag         text,
    content_type text,
    body         bytea,
    primary key (caller, method, path, key)
);

create index idempotency_keys_created_at on idempotency_keys (created_at);
