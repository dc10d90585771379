-- recheckDue=true pages walk claim_recheck_due_list_idx in list order and test recheck_by < now on each entry;
-- carrying recheck_by in the index lets that walk read the index alone instead of every candidate's row.
drop index claim_recheck_due_list_idx;
create index claim_recheck_due_list_idx on claim (created_at, id) include (recheck_by) where recheck_by is not null;
