create table article (
    id           uuid primary key,
    slug         varchar(200)  not null unique,
    title        varchar(300)  not null,
    lead         text,
    language     varchar(35)   not null,
    status       varchar(16)   not null check (status in ('DRAFT', 'PUBLISHED', 'ARCHIVED')),
    authors      text[]        not null default '{}',
    tags         text[]        not null default '{}',
    published_at timestamptz,
    created_at   timestamptz   not null,
    updated_at   timestamptz   not null,
    version      bigint        not null
);

-- Keyset pagination walks (updated_at desc, id desc); filters narrow it by status and language.
create index article_updated_idx on article (updated_at desc, id desc);
create index article_status_updated_idx on article (status, updated_at desc, id desc);
create index article_language_updated_idx on article (language, updated_at desc, id desc);
create index article_tags_idx on article using gin (tags);

create table article_block (
    id         uuid primary key,
    article_id uuid          not null references article (id) on delete cascade,
    position   integer       not null,
    type       varchar(16)   not null check (type in ('PARAGRAPH', 'HEADING', 'QUOTE', 'IMAGE', 'VIDEO', 'SOURCE')),
    text       text,
    caption    text,
    credit     varchar(300),
    url        varchar(2048),
    posted_at  timestamptz   not null
);

create index article_block_article_idx on article_block (article_id, position);
