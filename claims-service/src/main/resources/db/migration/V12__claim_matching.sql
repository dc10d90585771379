-- Stored matching. Candidate retrieval reads claim_match_key: each claim's language-independent match keys
-- (concepts such as KILLED or AIRCRAFT, and folded names), ordered by report time, so the claims sharing a key within
-- the time window are one index range per key, whatever the number of claims.
create table claim_match_key (
    key         text        not null,
    reported_at timestamptz not null,
    claim_id    uuid        not null references claim (id),
    primary key (key, reported_at, claim_id)
);

create index claim_match_key_by_claim on claim_match_key (claim_id);

-- One row per direction, so a claim's matches are one index range; a decision updates both rows.
create table claim_match (
    claim_id   uuid             not null references claim (id),
    other_id   uuid             not null references claim (id),
    relation   text             not null,
    score      double precision not null,
    state      text             not null,
    decided_by text,
    decided_at timestamptz,
    matched_at timestamptz      not null,
    primary key (claim_id, other_id),
    constraint claim_match_relation check (relation in ('SAME', 'UPDATE', 'CONFLICT', 'RELATED')),
    constraint claim_match_state check (state in ('SUGGESTED', 'CONFIRMED', 'REJECTED')),
    constraint claim_match_not_itself check (claim_id <> other_id)
);
