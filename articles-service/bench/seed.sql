-- 100,000 articles in the shape the service stores them: 70 % Norwegian, 25 % English, 5 % German;
-- 80 % published, 15 % drafts, 5 % archived; 50 tags, 200 authors, updates spread over two years.
-- Body text is 200-260 words drawn from a 3,000-word vocabulary per language with a Zipf-like (log-uniform)
-- frequency: the 50 real news words come first and are the most common (the first few are in nearly every
-- article, word 50 in about a third), the synthetic words after them are rarer (word 500 in about 5 % of the
-- articles, word 2,500 in about 1 %). That gives broad, medium and rare searches, as a real archive has.
\set ON_ERROR_STOP on
create temporary table words (language text, list text[]);
insert into words
select language, real || array(select prefix || k from generate_series(cardinality(real) + 1, 3000) k)
from (values
  ('nb', 'nbord', array['evakuering','evakuerte','angrep','flyalarm','missil','sivile','regjeringen','byen','natt',
               'meldinger','soldater','fronten','forhandlinger','sanksjoner','flyktninger','bistand','eksplosjon',
               'boligblokk','brannvesenet','skadde','drept','presidenten','ukrainske','russiske','styrker',
               'helikopter','kilder','bekreftet','myndighetene','rapporterer','nord','sør','øst','vest','morgen',
               'kveld','hjelp','mat','vann','strøm','skole','sykehus','barn','familie','bil','tog','grensen','Polen',
               'Kyiv','Mariupol']),
  ('en', 'enword', array['evacuation','evacuated','attack','air','raid','missile','civilians','government','city',
               'night','reports','soldiers','front','negotiations','sanctions','refugees','aid','explosion',
               'building','firefighters','injured','killed','president','ukrainian','russian','forces','helicopter',
               'sources','confirmed','authorities','north','south','east','west','morning','evening','help','food',
               'water','power','school','hospital','children','family','car','train','border','Poland','Kyiv',
               'Mariupol']),
  ('de', 'dewort', array['Evakuierung','Angriff','Luftalarm','Rakete','Zivilisten','Regierung','Stadt','Nacht',
               'Berichte','Soldaten','Front','Verhandlungen','Sanktionen','Flüchtlinge','Hilfe','Explosion',
               'Gebäude','Kyiv'])
) v(language, prefix, real);

-- PL/pgSQL keeps the vocabulary as an expanded array, so picking a word does not unpack the whole array again.
create function pg_temp.zipf_words(vocabulary text[], count int) returns text language plpgsql volatile as $$
declare
    words text[] := vocabulary;
    size int := cardinality(vocabulary);
    picked text[] := '{}';
begin
    for i in 1..count loop
        picked := picked || words[floor(power(size, random()))::int];
    end loop;
    return array_to_string(picked, ' ');
end
$$;

insert into article (id, slug, title, lead, language, status, authors, tags, published_at, created_at, updated_at,
                     version, search_text)
select gen_random_uuid(),
       'bench-' || g,
       initcap(w[1 + (g * 7) % 50]) || ' ' || w[1 + (g * 13) % 50] || ' ' || w[1 + (g * 17) % 50] || ' ' || g,
       pg_temp.zipf_words(w, 15 + g % 3),
       language,
       status,
       array['Forfatter ' || (g % 200)],
       array['tag-' || (g % 50), 'tag-' || ((g * 7) % 50)],
       case when status <> 'DRAFT' then updated - interval '1 hour' * (g % 48) end,
       updated - interval '3 days',
       updated,
       g % 5,
       pg_temp.zipf_words(w, 200 + g % 61)
from (
    select g,
           case when g % 20 < 14 then 'nb' when g % 20 < 19 then 'en' else 'de' end as language,
           case when g % 20 in (3, 9, 15) then 'DRAFT' when g % 20 = 7 then 'ARCHIVED' else 'PUBLISHED' end
               as status,
           timestamptz '2022-03-14 12:00:00+00' - interval '1 second' * ((g::bigint * 104729) % 63072000) as updated
    from generate_series(1, 100000) g
) rows
join lateral (select list as w from words where words.language = rows.language) l on true;

vacuum analyze article;
vacuum analyze article_search;
