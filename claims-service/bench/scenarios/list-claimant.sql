\set k random(0, 1999)
select count(*) as counted1 from (select 1 from claim c where c.claimant_key = lower('Kilde ' || :k) limit 1001) capped \gset
\if :counted1 > 1000
explain (format json) select 1 from claim c where c.claimant_key = lower('Kilde ' || :k);
\endif
select c.* from claim c join (select c.id as id, c.created_at as sort_key from claim c where c.claimant_key = lower('Kilde ' || :k) order by c.created_at, c.id limit 21) page on page.id = c.id order by page.sort_key, page.id;
