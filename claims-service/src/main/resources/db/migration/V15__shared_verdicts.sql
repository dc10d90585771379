-- A verdict approved on one claim of a group of confirmed SAME matches is proposed on each other open claim of the
-- group: verdict_shared_from names the claim it came from, verdict_shared_at orders those proposals at the head of
-- the review queue while they await approval.
alter table claim add column verdict_shared_from uuid references claim (id);
alter table claim add column verdict_shared_at timestamptz;

create index claim_queue_shared_idx on claim (verdict_shared_at, id)
    where pending_approval and verdict_shared_at is not null and withdrawn_at is null;

-- Evidence copied with a shared verdict names the claim it was taken from; the copy is the other claim's own
-- evidence, so the verdict rules, the approval check and the verdict lock apply to it unchanged.
alter table evidence add column taken_from uuid references claim (id);
