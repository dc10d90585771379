\set w random(0, 4999)
select count(*) from claim c where c.search @@ plainto_tsquery('simple', 'ord' || :w);
select c.* from claim c where c.search @@ plainto_tsquery('simple', 'ord' || :w) order by c.created_at, c.id limit 21;
