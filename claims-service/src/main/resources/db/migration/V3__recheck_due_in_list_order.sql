-- recheckDue=true lists in the keyset order (created_at, id); the range index on recheck_by alone made PostgreSQL
-- sort every due claim first, which at a million claims cost more than 20 ms a page.
create index claim_recheck_due_list_idx on claim (created_at, id) where recheck_by is not null;
