-- Full-text lists are oldest first, but the GIN index returns a word's matches unordered: a page had to read every
-- match's row and sort them all (400 rows per word at a million claims, 8 ms). Here every word of a claim's search
-- vector lists the claim in list order, so a page of a word's matches is a range of the primary key, read
-- index-only, whatever the number of matches; several words are merged in that order.
create table claim_search_term (
    term       text        not null,
    created_at timestamptz not null,
    claim_id   uuid        not null
);

-- Claims are never deleted by the service; the delete branch keeps the table exact when an operator does it.
create function claim_search_term_sync() returns trigger
    language plpgsql
as $$
begin
    if tg_op = 'UPDATE' and old.search = new.search and old.created_at = new.created_at then
        return null;
    end if;
    if tg_op in ('UPDATE', 'DELETE') then
        delete from claim_search_term
        where term = any (tsvector_to_array(old.search)) and created_at = old.created_at and claim_id = old.id;
    end if;
    if tg_op in ('INSERT', 'UPDATE') then
        insert into claim_search_term (term, created_at, claim_id)
        select term, new.created_at, new.id from unnest(tsvector_to_array(new.search)) term;
    end if;
    return null;
end
$$;

create trigger claim_search_term_sync
    after insert or delete or update of statement, claim_reviewed, claimant, created_at on claim
    for each row execute function claim_search_term_sync();

-- After the trigger, whose creation waits for writes in progress and holds new ones until this migration commits.
insert into claim_search_term (term, created_at, claim_id)
select term, c.created_at, c.id from claim c, unnest(tsvector_to_array(c.search)) term;
alter table claim_search_term add primary key (term, created_at, claim_id);

analyze claim_search_term;
