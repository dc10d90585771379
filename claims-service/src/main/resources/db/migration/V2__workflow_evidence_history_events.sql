alter table claim add column approved_by varchar(200);
alter table claim add column approved_at timestamptz;
alter table claim add column withdrawn_by varchar(200);
alter table claim add column search tsvector generated always as (
    to_tsvector('simple', statement || ' ' || claim_reviewed || ' ' || coalesce(claimant, ''))) stored;

-- One index per list filter, each ending in the keyset sort (created_at, id) so a page is an index range scan.
create index claim_public_status_idx on claim (public_status, created_at, id);
create index claim_claimant_idx on claim (lower(claimant), created_at, id);
create index claim_assignee_idx on claim (assignee, created_at, id);
create index claim_language_idx on claim (language, created_at, id);
create index claim_recheck_due_idx on claim (recheck_by, created_at, id) where recheck_by is not null;
create index claim_search_idx on claim using gin (search);

-- Review queue, first part: unverified claims oldest first (optionally of one article, language or assignee).
create index claim_queue_unverified_idx on claim (created_at, id)
    where status = 'UNVERIFIED' and withdrawn_at is null;
create index claim_queue_unverified_article_idx on claim (article_id, created_at, id)
    where status = 'UNVERIFIED' and withdrawn_at is null;
create index claim_queue_unverified_language_idx on claim (language, created_at, id)
    where status = 'UNVERIFIED' and withdrawn_at is null;
create index claim_queue_unverified_assignee_idx on claim (assignee, created_at, id)
    where status = 'UNVERIFIED' and withdrawn_at is null;
-- Second part: overdue re-checks, most overdue first.
create index claim_queue_recheck_idx on claim (recheck_by, id)
    where status <> 'UNVERIFIED' and withdrawn_at is null and recheck_by is not null;
create index claim_queue_recheck_article_idx on claim (article_id, recheck_by, id)
    where status <> 'UNVERIFIED' and withdrawn_at is null and recheck_by is not null;
create index claim_queue_recheck_language_idx on claim (language, recheck_by, id)
    where status <> 'UNVERIFIED' and withdrawn_at is null and recheck_by is not null;
create index claim_queue_recheck_assignee_idx on claim (assignee, recheck_by, id)
    where status <> 'UNVERIFIED' and withdrawn_at is null and recheck_by is not null;
create index claim_superseded_by_idx on claim (superseded_by) where superseded_by is not null;

create table evidence (
    id               uuid primary key,
    claim_id         uuid         not null references claim (id),
    type             varchar(32)  not null,
    url              varchar(2000),
    description      text         not null,
    independent      boolean      not null,
    added_by         varchar(200) not null,
    added_at         timestamptz  not null,
    -- Set when a verdict was proposed while this evidence was current: from then on it can only be superseded.
    relied_on        boolean      not null default false,
    superseded_at    timestamptz,
    superseded_by    varchar(200),
    supersede_reason text,
    removed_at       timestamptz,
    removed_by       varchar(200)
);
create index evidence_claim_idx on evidence (claim_id, added_at, id);

create table claim_history (
    id       bigserial primary key,
    claim_id uuid         not null references claim (id),
    at       timestamptz  not null,
    actor    varchar(200) not null,
    action   varchar(40)  not null,
    field    varchar(60),
    old_value text,
    new_value text,
    reason   text
);
create index claim_history_claim_idx on claim_history (claim_id, id);

-- The audit trail is append-only even for someone with SQL access as the application user.
create function claim_history_is_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'claim_history is append-only: % is not allowed', tg_op;
end;
$$;
create trigger claim_history_append_only
    before update or delete on claim_history
    for each row execute function claim_history_is_append_only();
create trigger claim_history_no_truncate
    before truncate on claim_history
    for each statement execute function claim_history_is_append_only();

create table claim_event (
    id          bigserial primary key,
    type        varchar(40)  not null,
    occurred_at timestamptz  not null,
    subject_id  uuid         not null,
    article_id  uuid         not null,
    is_public   boolean      not null,
    data        jsonb        not null
);
create index claim_event_public_idx on claim_event (id) where is_public;

-- How far this service has read another service's event feed.
create table feed_position (
    feed          varchar(60) primary key,
    last_event_id bigint      not null
);
