create table claim (
    id                      uuid primary key,
    article_id              uuid          not null,
    anchor_block_id         uuid          not null,
    anchor_start            integer       not null check (anchor_start >= 0),
    anchor_end              integer       not null,
    anchor_quote            text          not null,
    anchor_lost             boolean       not null default false,
    statement               text          not null,
    claim_reviewed          varchar(140)  not null,
    claimant                varchar(300),
    source                  varchar(300),
    language                varchar(35)   not null,
    reported_at             timestamptz,
    independently_confirmed boolean,
    status                  varchar(20)   not null,
    public_status           varchar(20)   not null,
    pending_approval        boolean       not null default false,
    proposed_by             varchar(200),
    verdict_rationale       text,
    assignee                varchar(200),
    recheck_by              timestamptz,
    superseded_by           uuid references claim (id),
    withdrawn_at            timestamptz,
    withdrawal_reason       text,
    created_by              varchar(200)  not null,
    created_at              timestamptz   not null,
    updated_at              timestamptz   not null,
    version                 bigint        not null,
    constraint claim_anchor_range check (anchor_end >= anchor_start)
);

-- Claims of one article, in reading order of creation; keyset pagination walks (created_at, id).
create index claim_article_idx on claim (article_id, created_at, id);
create index claim_created_idx on claim (created_at, id);
create index claim_status_idx on claim (status, created_at, id);

create table claim_quantity (
    claim_id  uuid          not null references claim (id),
    position  integer       not null,
    value     numeric(20, 4),
    low       numeric(20, 4),
    high      numeric(20, 4),
    qualifier varchar(16)   not null,
    unit      varchar(100),
    part_of   integer,
    primary key (claim_id, position)
);
