-- Webhook subscriptions of server-side clients and the deliveries owed to them (Standard Webhooks signing).
create table webhook_subscription (
    id                      uuid primary key,
    url                     varchar(2000) not null,
    event_types             text[]        not null,
    secret                  varchar(100)  not null,
    -- After a rotation the previous secret keeps signing too until previous_secret_expires_at.
    previous_secret         varchar(100),
    previous_secret_expires_at timestamptz,
    status                  varchar(20)   not null check (status in ('ACTIVE', 'PAUSED', 'DISABLED')),
    disabled_reason         varchar(500),
    disabled_at             timestamptz,
    -- A sender holds the subscription until then: one sender at a time sends its deliveries, in order, so
    -- replicas never send the same attempt at once.
    leased_until            timestamptz,
    created_by              varchar(200)  not null,
    created_at              timestamptz   not null,
    updated_at              timestamptz   not null,
    version                 bigint        not null
);

-- One row per event and subscription; attempts update it. The id orders a subscription's deliveries as their
-- events were read from the feeds.
create table webhook_delivery (
    id               bigserial primary key,
    message_id       uuid         not null unique,
    subscription_id  uuid         not null references webhook_subscription (id) on delete cascade,
    event_source     varchar(20)  not null check (event_source in ('CLAIMS', 'ARTICLES')),
    event_id         bigint       not null,
    event_type       varchar(60)  not null,
    payload          jsonb        not null,
    status           varchar(20)  not null check (status in ('PENDING', 'DELIVERED', 'FAILED')),
    attempts         int          not null,
    first_attempt_at timestamptz,
    last_attempt_at  timestamptz,
    next_attempt_at  timestamptz  not null,
    last_status_code int,
    last_latency_ms  int,
    last_error       varchar(500),
    created_at       timestamptz  not null,
    unique (subscription_id, event_source, event_id)
);
-- Each subscription's queue in order.
create index webhook_delivery_pending_idx on webhook_delivery (subscription_id, id) where status = 'PENDING';
-- The delivery log, newest first (keyset pages).
create index webhook_delivery_log_idx on webhook_delivery (subscription_id, created_at desc, message_id desc);
