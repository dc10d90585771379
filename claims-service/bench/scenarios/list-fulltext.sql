\set w random(0, 4999)
select count(*) from (select 1 from claim c where c.search @@ plainto_tsquery('simple', 'ord' || :w) limit 1001) capped;
explain (format json) select 1 from claim c where c.search @@ plainto_tsquery('simple', 'ord' || :w);
select c.* from claim c join (select c.id from claim c where c.search @@ plainto_tsquery('simple', 'ord' || :w) order by c.created_at, c.id limit 21) page on page.id = c.id order by c.created_at, c.id;
