#!/usr/bin/env bash
# Benchmark of the SQL that GET /articles runs (one page + the capped total), at 100,000 articles.
# Not a test: seeds the separate database articles_bench, then reports p50/p99 per query with pgbench.
# Usage: articles-service/bench/articles-list.sh [transactions-per-query]   (needs psql + pgbench, trust auth)
#        SEED=0 articles-service/bench/articles-list.sh   reuses the database seeded by an earlier run
set -euo pipefail

HERE="$(cd "$(dirname "$0")" && pwd)"
MIGRATIONS="$HERE/../src/main/resources/db/migration"
DB=articles_bench
PGHOST=${PGHOST:-localhost}
PGUSER=${PGUSER:-postgres}
TRANSACTIONS=${1:-500}
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
export PGHOST PGUSER

if [[ "${SEED:-1}" == 1 ]]; then
    echo "== seeding $DB with 100,000 articles"
    dropdb --if-exists "$DB"
    createdb "$DB"
    for migration in "$MIGRATIONS"/V*.sql; do
        psql -q -v ON_ERROR_STOP=1 -d "$DB" -f "$migration"
    done
    time psql -q -d "$DB" -f "$HERE/seed.sql"
fi
psql -d "$DB" -Atc "select 'articles: ' || count(*) || ', published: ' || count(*) filter (where status = 'PUBLISHED') from article"

# Each script is what the service sends for one request (ArticleListQuery): the page (limit 20 + 1), and the
# total counted up to 1,001 rows, plus the planner estimate when the count reaches the cap.
COLUMNS="a.id, a.slug, a.title, a.lead, a.language, a.status, a.authors, a.tags, a.published_at, a.updated_at, a.version, a.search_text"
page() { # $1 = where, $2 = rank expression, $3 = order column, $4 = snippet expression
    echo "select p.*, $4 as snippet from (select * from (select $COLUMNS, $2 as rank from article a where $1) r order by r.$3 desc, r.id desc limit 21) p order by p.$3 desc, p.id desc;"
}
total() {
    echo "select count(*) from (select 1 from article a where $1 limit 1001) capped;"
}
estimate() {
    echo "explain (format json) select 1 from article a where $1;"
}
Q_NB="to_tsquery('norwegian', ':q') || to_tsquery('english', ':q') || to_tsquery('simple', ':q')"
SEARCH="a.search_vector @@ ($Q_NB) and a.search_vector @@ to_tsquery(article_search_config(a.language), ':q')"
RANK="ts_rank(a.search_vector, to_tsquery(article_search_config(a.language), ':q'))"
SNIPPET="ts_headline(article_search_config(p.language), replace(replace(replace(coalesce(p.lead, '') || ' ' || p.search_text, '&', '&amp;'), '<', '&lt;'), '>', '&gt;'), to_tsquery(article_search_config(p.language), ':q'), 'StartSel=<mark>, StopSel=</mark>, MaxWords=35, MinWords=15, MaxFragments=2, FragmentDelimiter=\" … \"')"

write() { # $1 = name, rest = lines
    local name=$1; shift
    printf '%s\n' "$@" > "$WORK/$name.sql"
}

W="a.status = 'PUBLISHED'"
write list "$(page "$W" "null::real" updated_at null)" "$(total "$W")" "$(estimate "$W")"

write list-page-deep "\\set s random(1000000, 60000000)" \
    "$(page "$W and (a.updated_at, a.id) < (timestamptz '2022-03-14 12:00:00+00' - interval '1 second' * :s, 'ffffffff-ffff-ffff-ffff-ffffffffffff'::uuid)" "null::real" updated_at null)" \
    "$(total "$W")" "$(estimate "$W")"

W="a.status = 'PUBLISHED' and a.published_at is not null"
write list-by-published "$(page "$W" "null::real" published_at null)" "$(total "$W")" "$(estimate "$W")"

W="a.status = 'PUBLISHED' and a.language = 'nb' and a.tags @> array['tag-' || :t]::text[]"
write filter-tag "\\set t random(0, 49)" "$(page "$W" "null::real" updated_at null)" "$(total "$W")"

W="a.authors @> array['Forfatter ' || :u]::text[]"
write filter-author "\\set u random(0, 199)" "$(page "$W" "null::real" updated_at null)" "$(total "$W")"

W="a.status = 'PUBLISHED' and a.updated_at >= timestamptz '2022-03-01 00:00:00+00'"
write filter-updated-since "$(page "$W" "null::real" updated_at null)" "$(total "$W")"

# A rare term (the number in about ten titles) and two-word searches that match thousands of articles.
W="a.status = 'PUBLISHED' and $SEARCH"
write search-rare "\\set g random(1000, 99999)" "select :g || ':*' as q \\gset" \
    "$(page "$W" "$RANK" rank "$SNIPPET")" "$(total "$W")"
write search-nb "\\set x random(0, 2)" "select (array['evakuert:* & mariupol:*', 'flyalarm:* & helikopter:*', 'sanksjoner:* & presidenten:*'])[1 + :x] as q \\gset" \
    "$(page "$W" "$RANK" rank "$SNIPPET")" "$(total "$W")" "$(estimate "$W")"
write search-en "\\set x random(0, 2)" "select (array['evacuated:* & hospital:*', 'missile:* & border:*', 'refugees:* & train:*'])[1 + :x] as q \\gset" \
    "$(page "$W" "$RANK" rank "$SNIPPET")" "$(total "$W")" "$(estimate "$W")"

echo
echo "== EXPLAIN of the page queries (index use)"
for name in list list-by-published filter-tag filter-author search-nb; do
    echo "-- $name"
    { grep -v '^\\set\|gset$\|^select count\|^explain' "$WORK/$name.sql" | head -1; } \
        | sed "s/:t\b/7/g; s/:u\b/42/g; s/':q'/'evakuert:* \& mariupol:*'/g" \
        | sed 's/^/explain (costs off) /' | psql -d "$DB" -At | grep -E "Index|Bitmap|Seq Scan|Sort|Limit" | head -6
done

echo
echo "== latency per request ($TRANSACTIONS requests each, one client), milliseconds"
printf '%-22s %8s %8s %8s\n' query p50 p99 max
for name in list list-page-deep list-by-published filter-tag filter-author filter-updated-since search-rare search-nb search-en; do
    (cd "$WORK" && pgbench -n -c 1 -t "$TRANSACTIONS" -f "$name.sql" -l --log-prefix="$name" "$DB" > "$name.out" 2>&1) \
        || { cat "$WORK/$name.out"; exit 1; }
    awk '{print $3}' "$WORK/$name".* | sort -n | awk -v name="$name" '
        { v[NR] = $1 }
        END { printf "%-22s %8.2f %8.2f %8.2f\n", name, v[int(NR * 0.50)] / 1000, v[int(NR * 0.99)] / 1000, v[NR] / 1000 }'
done
