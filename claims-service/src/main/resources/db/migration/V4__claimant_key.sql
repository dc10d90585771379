-- claimant filters compare case-insensitively. A stored lower-cased copy lets the capped count of a claimant's
-- claims be an index-only scan; on the lower(claimant) expression index every counted claim cost a heap read, so
-- a claimant quoted in hundreds of claims was as many reads.
alter table claim add column claimant_key text generated always as (lower(claimant)) stored;
create index claim_claimant_key_idx on claim (claimant_key, created_at, id);
drop index claim_claimant_idx;
