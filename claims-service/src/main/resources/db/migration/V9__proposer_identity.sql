-- Four eyes compare who proposed a verdict by their verified identity (the token's issuer and subject), no longer by
-- the display name kept in proposed_by: two providers' accounts can share a name, and a name can change.
alter table claim
    add column proposer_issuer  varchar(500),
    add column proposer_subject varchar(255);
