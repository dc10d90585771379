-- A claim with a suggested or confirmed CONFLICT match is flagged until every such match is rejected; the list filter
-- conflict=true pages through the flagged claims in list order.
alter table claim add column open_conflict boolean not null default false;

create index claim_open_conflict_in_list_order on claim (created_at, id) where open_conflict;
