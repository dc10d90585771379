-- One number that changes whenever anything a claim list or the review queue shows may have changed: the claims,
-- their quantities, and the publication of their articles. Lists are kept serialised per revision, so a read costs
-- one primary-key lookup while nothing changed, on every instance alike.
create table claims_revision (
    singleton boolean primary key default true check (singleton),
    revision  bigint  not null
);
insert into claims_revision (revision) values (1);

-- Bumped once per transaction, at commit (a deferred constraint trigger): the row lock is then taken after every
-- other lock of the transaction, so two writers can never wait for each other through it.
create function bump_claims_revision() returns trigger language plpgsql as $$
begin
    if current_setting('newsroom.claims_revision_bumped', true) is distinct from 'yes' then
        update claims_revision set revision = revision + 1;
        perform set_config('newsroom.claims_revision_bumped', 'yes', true);
    end if;
    return null;
end
$$;

create constraint trigger claim_changes_revision after insert or update or delete on claim
    deferrable initially deferred for each row execute function bump_claims_revision();
create constraint trigger claim_quantity_changes_revision after insert or update or delete on claim_quantity
    deferrable initially deferred for each row execute function bump_claims_revision();
create constraint trigger article_publication_changes_revision after insert or update or delete
    on article_publication deferrable initially deferred for each row execute function bump_claims_revision();

-- Truncation (tests clean up with it) cannot fire a row trigger; it holds an exclusive lock anyway.
create function bump_claims_revision_now() returns trigger language plpgsql as $$
begin
    update claims_revision set revision = revision + 1;
    return null;
end
$$;

create trigger claim_truncated_revision after truncate on claim
    for each statement execute function bump_claims_revision_now();
create trigger claim_quantity_truncated_revision after truncate on claim_quantity
    for each statement execute function bump_claims_revision_now();
create trigger article_publication_truncated_revision after truncate on article_publication
    for each statement execute function bump_claims_revision_now();
