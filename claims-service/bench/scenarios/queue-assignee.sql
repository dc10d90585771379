\set a random(0, 49)
select count(*) as counted1 from (select 1 from claim c where c.withdrawn_at is null and c.assignee = 'verifier' || :a and c.status = 'UNVERIFIED' limit 1001) capped \gset
\if :counted1 > 1000
explain (format json) select 1 from claim c where c.withdrawn_at is null and c.assignee = 'verifier' || :a and c.status = 'UNVERIFIED';
\endif
select count(*) as counted2 from (select 1 from claim c where c.withdrawn_at is null and c.assignee = 'verifier' || :a and c.status <> 'UNVERIFIED' and c.recheck_by < now() limit 1001) capped \gset
\if :counted2 > 1000
explain (format json) select 1 from claim c where c.withdrawn_at is null and c.assignee = 'verifier' || :a and c.status <> 'UNVERIFIED' and c.recheck_by < now();
\endif
select c.* from claim c join (select c.id as id, c.created_at as sort_key from claim c where c.withdrawn_at is null and c.assignee = 'verifier' || :a and c.status = 'UNVERIFIED' order by c.created_at, c.id limit 21) page on page.id = c.id order by page.sort_key, page.id;
select c.* from claim c join (select c.id as id, c.recheck_by as sort_key from claim c where c.withdrawn_at is null and c.assignee = 'verifier' || :a and c.status <> 'UNVERIFIED' and c.recheck_by < now() order by c.recheck_by, c.id limit 21) page on page.id = c.id order by page.sort_key, page.id;
