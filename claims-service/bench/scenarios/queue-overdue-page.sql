\set m random(0, :maxminute)
select count(*) as counted1 from (select 1 from claim c where c.withdrawn_at is null and c.pending_approval and c.verdict_shared_at is not null limit 1001) capped \gset
\if :counted1 > 1000
explain (format json) select 1 from claim c where c.withdrawn_at is null and c.pending_approval and c.verdict_shared_at is not null;
\endif
select count(*) as counted2 from (select 1 from claim c where c.withdrawn_at is null and c.status = 'UNVERIFIED' limit 1001) capped \gset
\if :counted2 > 1000
explain (format json) select 1 from claim c where c.withdrawn_at is null and c.status = 'UNVERIFIED';
\endif
select count(*) as counted3 from (select 1 from claim c where c.withdrawn_at is null and c.status <> 'UNVERIFIED' and c.recheck_by < now() and c.id not in (select s.id from claim s where s.pending_approval and s.verdict_shared_at is not null and s.withdrawn_at is null) limit 1001) capped \gset
\if :counted3 > 1000
explain (format json) select 1 from claim c where c.withdrawn_at is null and c.status <> 'UNVERIFIED' and c.recheck_by < now() and c.id not in (select s.id from claim s where s.pending_approval and s.verdict_shared_at is not null and s.withdrawn_at is null);
\endif
select c.* from claim c join (select c.id as id, c.recheck_by as sort_key from claim c where c.withdrawn_at is null and c.status <> 'UNVERIFIED' and c.recheck_by < now() and c.id not in (select s.id from claim s where s.pending_approval and s.verdict_shared_at is not null and s.withdrawn_at is null) and (c.recheck_by, c.id) > (timestamptz '2024-01-01' + :m * interval '1 minute', '00000000-0000-0000-0000-000000000000'::uuid) order by c.recheck_by, c.id limit 21) page on page.id = c.id order by page.sort_key, page.id;
