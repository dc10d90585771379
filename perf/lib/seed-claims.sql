-- Adds :count generated claims (one quantity each) to a claims-service database whose schema Flyway has created.
--   psql -v count=1000000 -v batch=250000 -v tag=perf -d <claims database> -f seed-claims.sql
-- Claims point at fake article ids (ten claims per article) so no real article's composition grows; 70 % are
-- UNVERIFIED (the first part of the review queue), the rest IN_REVIEW or CONFIRMED, 3 % of all with an overdue
-- re-check (the second part), a third assigned to kari; created_at is spread over the past year.
-- The secondary indexes are dropped for the load and rebuilt from their own definitions afterwards: building an
-- index once is several times faster than maintaining sixteen of them row by row.
\set ON_ERROR_STOP on
set synchronous_commit = off;
select set_config('perf.count', :'count', false) as count, set_config('perf.batch', :'batch', false) as batch,
       set_config('perf.tag', :'tag', false) as tag;

create temporary table perf_secondary_index as
select i.indexname, i.indexdef
from pg_indexes i
where i.schemaname = current_schema() and i.tablename in ('claim', 'claim_quantity')
  and not exists (select 1 from pg_constraint c where c.conname = i.indexname);

do $$
declare
    total  bigint := current_setting('perf.count')::bigint;
    batch  bigint := current_setting('perf.batch')::bigint;
    tag    text   := current_setting('perf.tag');
    offset_from bigint := (select count(*) from claim where created_by = 'perf-seeder');
    first  bigint := 1;
    last   bigint;
    index  record;
begin
    -- The claims' revision triggers (V17) are deferred to commit; an index cannot be built while they are pending.
    set constraints all immediate;
    for index in select indexname from perf_secondary_index loop
        execute format('drop index %I', index.indexname);
    end loop;
    while first <= total loop
        last := least(first + batch - 1, total);
        with generated as (
            select n + offset_from as n,
                   gen_random_uuid() as id,
                   now() - ((n + offset_from) % 525600) * interval '1 minute' as created_at
            from generate_series(first, last) as n
        ), claims as (
            insert into claim (id, article_id, anchor_block_id, anchor_start, anchor_end, anchor_quote, statement,
                               claim_reviewed, claimant, source, language, reported_at, independently_confirmed,
                               status, public_status, pending_approval, assignee, recheck_by, created_by,
                               created_at, updated_at, version)
            select id, md5(tag || '-article-' || (n / 10))::uuid, md5(tag || '-block-' || (n / 10))::uuid, 0, 38,
                   'Myndighetene hevder at ' || (n % 997) || ' fly ble skutt ned',
                   'Myndighetene hevder at ' || (n % 997) || ' fly ble skutt ned det siste døgnet, melder '
                       || (array['Reuters', 'Interfax Ukraine', 'Sky News', 'AFP'])[1 + n % 4] || '.',
                   (n % 997) || ' fly skutt ned det siste døgnet',
                   (array['Ukrainske myndigheter', 'Vitalij Klitsjko', 'Oleksij Arestovitsj', 'Kreml'])[1 + n % 4],
                   (array['Reuters', 'Interfax Ukraine', 'Sky News', 'AFP'])[1 + n % 4],
                   case when n % 5 = 0 then 'en' else 'nb' end,
                   created_at, false,
                   case when n % 10 < 7 then 'UNVERIFIED' when n % 10 < 9 then 'IN_REVIEW' else 'CONFIRMED' end,
                   case when n % 10 = 9 then 'CONFIRMED' else 'UNVERIFIED' end,
                   false,
                   case when n % 3 = 0 then 'kari' end,
                   case when n % 100 in (7, 8, 9) then now() - interval '1 day' end,
                   'perf-seeder', created_at, created_at, 0
            from generated
            returning id
        )
        insert into claim_quantity (claim_id, position, value, qualifier, unit)
        select id, 0, 4, 'EXACT', 'fly' from claims;
        raise notice 'perf seed: % of % claims', last, total;
        first := last + 1;
    end loop;
    for index in select indexdef from perf_secondary_index loop
        execute index.indexdef;
    end loop;
end $$;
analyze claim;
analyze claim_quantity;
-- The search-term rows the claims' trigger wrote: statistics, and the visibility map for index-only scans.
vacuum analyze claim_search_term;
