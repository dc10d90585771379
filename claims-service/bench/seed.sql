-- Seeds claims :from..:to (inclusive) with a newsroom-like spread: ~3 % unverified, ~5 % in review, the rest
-- verdicts; 70 % assigned among 50 verifiers; 20 % English; 10 claims per article; 2,000 claimants; every 50th
-- verdict has a re-check date; 1 % withdrawn. Deterministic, so 10k is a prefix of 1M.
insert into claim (id, article_id, anchor_block_id, anchor_start, anchor_end, anchor_quote, statement,
                   claim_reviewed, claimant, source, language, status, public_status, pending_approval, assignee,
                   recheck_by, withdrawn_at, withdrawal_reason, created_by, created_at, updated_at, version)
select md5('claim' || i)::uuid,
       md5('article' || (i / 10))::uuid,
       md5('block' || (i / 3))::uuid,
       0, 17, 'fire russiske fly',
       'Ukrainske myndigheter hevder ord' || ((i * 31) % 5000) || ' og ord' || ((i * 17) % 5000) || ' i natt.',
       'Påstand ' || i || ' om ord' || ((i * 31) % 5000),
       'Kilde ' || (i % 2000),
       'Interfax Ukraine',
       case when i % 5 = 0 then 'en' else 'nb' end,
       s.status, s.status, false,
       case when i % 10 < 7 then 'verifier' || (i % 50) end,
       case when s.status not in ('UNVERIFIED', 'IN_REVIEW') and i % 50 = 0
            then timestamptz '2024-01-01' + i * interval '1 minute' + interval '30 days' end,
       case when i % 100 = 99 then timestamptz '2024-01-01' + i * interval '1 minute' + interval '1 day' end,
       case when i % 100 = 99 then 'duplicate' end,
       'seed',
       timestamptz '2024-01-01' + i * interval '1 minute',
       timestamptz '2024-01-01' + i * interval '1 minute',
       0
from generate_series(:from::bigint, :to::bigint) i
cross join lateral (select case
        when (i * 7919) % 100 < 3 then 'UNVERIFIED'
        when (i * 7919) % 100 < 8 then 'IN_REVIEW'
        when (i * 7919) % 100 < 40 then 'CONFIRMED'
        when (i * 7919) % 100 < 60 then 'PARTLY_CONFIRMED'
        when (i * 7919) % 100 < 80 then 'FALSE'
        when (i * 7919) % 100 < 90 then 'MISLEADING'
        else 'UNVERIFIABLE' end as status) s;
