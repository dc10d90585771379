\set w random(0, 4999)
select unnest(tsvector_to_array(to_tsvector('simple', 'ord' || :w)));
select count(*) as counted1 from (select 1 from claim_search_term t where t.term = 'ord' || :w limit 1001) capped \gset
\if :counted1 > 1000
explain (format json) select 1 from claim c where c.search @@ plainto_tsquery('simple', 'ord' || :w);
\endif
select c.* from claim c join (select t.claim_id as id, t.created_at as sort_key from claim_search_term t where t.term = 'ord' || :w order by t.created_at, t.claim_id limit 21) page on page.id = c.id order by page.sort_key, page.id;
