-- 100,000 articles in the shape the service stores them: 70 % Norwegian, 25 % English, 5 % German;
-- 80 % published, 15 % drafts, 5 % archived; 50 tags, 200 authors, updates spread over two years.
\set ON_ERROR_STOP on
create temporary table words (language text, list text[]);
insert into words values
  ('nb', array['evakuering','evakuerte','angrep','flyalarm','missil','sivile','regjeringen','byen','natt','meldinger',
               'soldater','fronten','forhandlinger','sanksjoner','flyktninger','bistand','eksplosjon','boligblokk',
               'brannvesenet','skadde','drept','presidenten','ukrainske','russiske','styrker','helikopter','kilder',
               'bekreftet','myndighetene','rapporterer','nord','sør','øst','vest','morgen','kveld','hjelp','mat',
               'vann','strøm','skole','sykehus','barn','familie','bil','tog','grensen','Polen','Kyiv','Mariupol']),
  ('en', array['evacuation','evacuated','attack','air','raid','missile','civilians','government','city','night',
               'reports','soldiers','front','negotiations','sanctions','refugees','aid','explosion','building',
               'firefighters','injured','killed','president','ukrainian','russian','forces','helicopter','sources',
               'confirmed','authorities','north','south','east','west','morning','evening','help','food','water',
               'power','school','hospital','children','family','car','train','border','Poland','Kyiv','Mariupol']),
  ('de', array['Evakuierung','Angriff','Luftalarm','Rakete','Zivilisten','Regierung','Stadt','Nacht','Berichte',
               'Soldaten','Front','Verhandlungen','Sanktionen','Flüchtlinge','Hilfe','Explosion','Gebäude','Kyiv']);

insert into article (id, slug, title, lead, language, status, authors, tags, published_at, created_at, updated_at,
                     version, search_text)
select gen_random_uuid(),
       'bench-' || g,
       initcap(w[1 + (g * 7) % n]) || ' ' || w[1 + (g * 13) % n] || ' ' || w[1 + (g * 17) % n] || ' ' || g,
       (select string_agg(w[1 + floor(random() * n)::int + 0 * i], ' ') from generate_series(1, 15 + g % 3) i),
       language,
       status,
       array['Forfatter ' || (g % 200)],
       array['tag-' || (g % 50), 'tag-' || ((g * 7) % 50)],
       case when status <> 'DRAFT' then updated - interval '1 hour' * (g % 48) end,
       updated - interval '3 days',
       updated,
       g % 5,
       (select string_agg(w[1 + floor(random() * n)::int + 0 * i], ' ') from generate_series(1, 60 + g % 5) i)
from (
    select g,
           case when g % 20 < 14 then 'nb' when g % 20 < 19 then 'en' else 'de' end as language,
           case when g % 20 in (3, 9, 15) then 'DRAFT' when g % 20 = 7 then 'ARCHIVED' else 'PUBLISHED' end
               as status,
           timestamptz '2022-03-14 12:00:00+00' - interval '1 second' * ((g::bigint * 104729) % 63072000) as updated
    from generate_series(1, 100000) g
) rows
join lateral (select list as w, cardinality(list) as n from words where words.language = rows.language) l on true;

vacuum analyze article;
