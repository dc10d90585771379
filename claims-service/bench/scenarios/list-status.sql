\set m random(0, :maxminute)
select count(*) as counted1 from (select 1 from claim c where c.status = 'UNVERIFIED' limit 1001) capped \gset
\if :counted1 > 1000
explain (format json) select 1 from claim c where c.status = 'UNVERIFIED';
\endif
select c.* from claim c join (select c.id as id, c.created_at as sort_key from claim c where c.status = 'UNVERIFIED' and (c.created_at, c.id) > (timestamptz '2024-01-01' + :m * interval '1 minute', '00000000-0000-0000-0000-000000000000'::uuid) order by c.created_at, c.id limit 21) page on page.id = c.id order by page.sort_key, page.id;
