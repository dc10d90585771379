\set i random(1, :maxminute)
\set a (:i * 31) % 5000
\set b (:i * 17) % 5000
select unnest(tsvector_to_array(to_tsvector('simple', 'ord' || :a || ' ord' || :b)));
select count(*) as counted1 from (select 1 from claim_search_term t where t.term = 'ord' || :a and exists (select 1 from claim_search_term w1 where w1.term = 'ord' || :b and w1.created_at = t.created_at and w1.claim_id = t.claim_id) limit 1001) capped \gset
\if :counted1 > 1000
explain (format json) select 1 from claim c where c.search @@ plainto_tsquery('simple', 'ord' || :a || ' ord' || :b);
\endif
select c.* from claim c join (select t.claim_id as id, t.created_at as sort_key from claim_search_term t where t.term = 'ord' || :a and exists (select 1 from claim_search_term w1 where w1.term = 'ord' || :b and w1.created_at = t.created_at and w1.claim_id = t.claim_id) order by t.created_at, t.claim_id limit 21) page on page.id = c.id order by page.sort_key, page.id;
