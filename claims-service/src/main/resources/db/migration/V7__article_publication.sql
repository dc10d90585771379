-- The publication status of each article, learnt from articles-service's event feed: readers see the claims of
-- PUBLISHED articles only. An article the feed has not reported yet counts as unpublished.
create table article_publication (
    article_id uuid        primary key,
    status     varchar(20) not null,
    -- The feed event the status comes from: an older event never overwrites a newer one.
    event_id   bigint      not null
);
