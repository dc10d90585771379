-- Full-text search: each article is indexed with the text-search configuration of its own language.
create function article_search_config(language text) returns regconfig
    language sql immutable parallel safe
as $$
    select case split_part(lower(language), '-', 1)
               when 'nb' then 'norwegian'::regconfig
               when 'nn' then 'norwegian'::regconfig
               when 'no' then 'norwegian'::regconfig
               when 'en' then 'english'::regconfig
               else 'simple'::regconfig
           end
$$;

-- Blocks live in their own table, so the service keeps their text here for the generated search vector.
alter table article add column search_text text not null default '';

alter table article add column search_vector tsvector generated always as (
    setweight(to_tsvector(article_search_config(language), title), 'A')
        || setweight(to_tsvector(article_search_config(language), coalesce(lead, '')), 'B')
        || setweight(to_tsvector(article_search_config(language), search_text), 'C')
) stored;

create index article_search_idx on article using gin (search_vector);
create index article_authors_idx on article using gin (authors);

-- sort=publishedAt walks (published_at desc, id desc); never-published articles are not in that order.
create index article_published_idx on article (published_at desc, id desc) where published_at is not null;
create index article_status_published_idx on article (status, published_at desc, id desc)
    where published_at is not null;
create index article_language_published_idx on article (language, published_at desc, id desc)
    where published_at is not null;

create table article_revision (
    id         bigserial primary key,
    article_id uuid        not null references article (id) on delete cascade,
    number     integer     not null,
    author     varchar(200) not null,
    created_at timestamptz not null,
    content    jsonb       not null,
    unique (article_id, number)
);

-- Transactional outbox: written with every change, read by id order (GET /events?after=).
create table article_event (
    id          bigserial primary key,
    type        varchar(40) not null,
    occurred_at timestamptz not null,
    subject_id  uuid        not null,
    article_id  uuid        not null,
    is_public   boolean     not null,
    data        jsonb       not null
);

create index article_event_public_idx on article_event (id) where is_public;
