-- Filters on tags and authors: one GIN index over every filterable value, so that any combination of status,
-- language, tag and author is answered by intersecting posting lists instead of walking a b-tree and dropping
-- the rows that do not match (slow when a combination is rare, or does not exist at all).
create function article_facets(status text, language text, tags text[], authors text[]) returns text[]
    language sql immutable parallel safe
as $$
    select array['status:' || status, 'language:' || language]
               || array(select 'tag:' || tag from unnest(tags) tag)
               || array(select 'author:' || author from unnest(authors) author)
$$;

create index article_facets_idx on article using gin (article_facets(status, language, tags, authors));

-- A search checks each candidate's search vector. Kept in the row (compressed when that helps) rather than in the
-- TOAST table, a check reads no extra pages. Applies to rows written from now on.
alter table article alter column search_vector set storage main;
alter table article alter column search_text set storage main;

-- Replaced by article_facets_idx.
drop index article_tags_idx;
drop index article_authors_idx;
