-- A list that walks its sort order checks the status, language, tag and author filters on every row it passes.
-- With those columns in the index the walk is index-only: no row is read until it is known to match.
drop index article_updated_idx;
create index article_updated_idx on article (updated_at desc, id desc)
    include (status, language, tags, authors, published_at);
drop index article_status_updated_idx;
create index article_status_updated_idx on article (status, updated_at desc, id desc)
    include (language, tags, authors, published_at);
drop index article_language_updated_idx;
create index article_language_updated_idx on article (language, updated_at desc, id desc)
    include (status, tags, authors, published_at);
