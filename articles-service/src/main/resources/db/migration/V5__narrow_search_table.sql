-- Searches move to a narrow table of their own. A search finds its matches in the GIN index and then reads each
-- match's row to sort by date; in the article table that was one page per match (rows of about 4 kB, mostly the
-- search vector), so a word in 1 % of 100,000 articles read some 1,400 pages of a table larger than the server's
-- buffer cache. Here the rows hold only what searches filter and sort on, about 100 to a page, and the vector is
-- kept out of line: it is read only to rank a page's candidates, which are the newest matches and so stay cached.
create table article_search (
    id            uuid primary key references article (id) on delete cascade,
    status        varchar(16) not null,
    language      varchar(35) not null,
    tags          text[] not null,
    authors       text[] not null,
    published_at  timestamp with time zone,
    updated_at    timestamp with time zone not null,
    search_vector tsvector not null
) with (toast_tuple_target = 128);

alter table article_search alter column search_vector set storage external;

create function article_search_sync() returns trigger
    language plpgsql
as $$
begin
    insert into article_search (id, status, language, tags, authors, published_at, updated_at, search_vector)
    values (new.id, new.status, new.language, new.tags, new.authors, new.published_at, new.updated_at,
            setweight(to_tsvector(article_search_config(new.language), new.title), 'A')
                || setweight(to_tsvector(article_search_config(new.language), coalesce(new.lead, '')), 'B')
                || setweight(to_tsvector(article_search_config(new.language), new.search_text), 'C'))
    on conflict (id) do update
        set status = excluded.status, language = excluded.language, tags = excluded.tags,
            authors = excluded.authors, published_at = excluded.published_at, updated_at = excluded.updated_at,
            search_vector = excluded.search_vector;
    return null;
end
$$;

create trigger article_search_sync
    after insert or update on article
    for each row execute function article_search_sync();

insert into article_search (id, status, language, tags, authors, published_at, updated_at, search_vector)
select id, status, language, tags, authors, published_at, updated_at, search_vector
from article;

create index article_search_vector_idx on article_search using gin (search_vector);
-- Newest-first and publishedAt searches for common words walk these and stop after a page of matches.
create index article_search_updated_idx on article_search (updated_at desc, id desc);
create index article_search_published_idx on article_search (published_at desc, id desc)
    where published_at is not null;

-- A search's words parsed in every configuration article_search_config uses, since each article's vector was built
-- with its own language's: the distinct parses, OR-ed. Parses that agree (names, numbers) are looked up once.
create function article_search_query(words text) returns tsquery
    language sql immutable parallel safe
as $$
    select string_agg(distinct '(' || parsed::text || ')', ' | ')::tsquery
    from unnest(array[to_tsquery('norwegian', words), to_tsquery('english', words), to_tsquery('simple', words)])
             parsed
    where numnode(parsed) > 0
$$;

-- Every article a search matches, collected through the GIN index. A function, with sequential scans off, so that
-- a word the planner wrongly believes common can never make it read every search vector instead.
create function article_search_matches(query tsquery)
    returns table (id uuid, status varchar, language varchar, tags text[], authors text[],
                   published_at timestamp with time zone, updated_at timestamp with time zone)
    language sql stable
    set enable_seqscan = off
as $$
    select s.id, s.status, s.language, s.tags, s.authors, s.published_at, s.updated_at
    from article_search s
    where s.search_vector @@ query
$$;

drop index article_search_idx;
alter table article drop column search_vector;

-- Without statistics the planner guesses how many articles a word matches, and for common words it would collect
-- and sort every match instead of walking the newest until a page is full.
analyze article_search;
