package no.newsroom.claims.matching;

import java.io.StringReader;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import no.newsroom.claims.repository.ClaimMatchRepository;
import org.junit.jupiter.api.Test;
import org.postgresql.PGConnection;

/**
 * Measures stored matching for one claim at 10k and 1M stored claims: the candidate retrieval over the match keys
 * (the service's query on the V12 key table: window 30 days, 200 claims per key on either side, top 50), loading the
 * candidates and scoring them with the engine. A measurement, not a test: it asserts nothing and is not part of the
 * normal build.
 *
 * <p>The stored claims are the evaluation statements (both languages, many topics) at random report times over three
 * years, each with two extra name keys from a vocabulary of 50,000, so keys are as unevenly shared as in a newsroom.
 * It uses its own database, {@code claims_matching_bench}, on the local PostgreSQL.
 *
 * <p>Run it with: {@code ./mvnw -q -pl claims-service test -Dtest=MatchingBenchmark}
 */
class MatchingBenchmark {

    private static final String SERVER = "jdbc:postgresql://127.0.0.1:5432/";
    private static final String DATABASE = "claims_matching_bench";
    private static final Instant FIRST_DAY = Instant.parse("2021-01-01T00:00:00Z");
    private static final long SPREAD_SECONDS = Duration.ofDays(3 * 365).toSeconds();
    private static final Duration WINDOW = Duration.ofDays(30);
    private static final int CANDIDATES = 50;
    private static final int CLAIMS_PER_KEY = 200;
    private static final UUID NEW_CLAIM = new UUID(0, 0);
    private static final int SAMPLES = 400;
    private static final int WARM_UP = 400;
    private static final int NAMES = 50_000;
    private static final int BATCH = 20_000;

    private final ClaimMatcher matcher = new ClaimMatcher();
    private final List<ClaimText> pool = LabelledStatement.loadAll().stream().map(LabelledStatement::claim).toList();
    private final List<Set<String>> poolKeys = pool.stream().map(matcher::keys).toList();

    public static void main(String[] args) throws SQLException {
        new MatchingBenchmark().run(List.of(10_000, 1_000_000));
    }

    @Test
    void measuresRetrievalAndScoringAt10kAnd1M() throws SQLException {
        main(new String[0]);
    }

    private void run(List<Integer> sizes) throws SQLException {
        createDatabase();
        try (Connection connection = DriverManager.getConnection(SERVER + DATABASE, "postgres", "")) {
            for (int size : sizes) {
                load(connection, size);
                measure(connection, size);
            }
        }
    }

    private static void createDatabase() throws SQLException {
        try (Connection server = DriverManager.getConnection(SERVER + "postgres", "postgres", "");
             Statement statement = server.createStatement();
             ResultSet exists = statement.executeQuery("select 1 from pg_database where datname = '" + DATABASE
                     + "'")) {
            if (!exists.next()) {
                statement.execute("create database " + DATABASE);
            }
        }
    }

    private void load(Connection connection, int size) throws SQLException {
        long start = System.nanoTime();
        try (Statement statement = connection.createStatement()) {
            statement.execute("drop table if exists claim_match_key, claim");
            statement.execute("create table claim (id uuid not null, statement text not null, claimant text, "
                    + "source text, language text not null, reported_at timestamptz not null, withdrawn_at "
                    + "timestamptz)");
            statement.execute("create table claim_match_key (key text not null, reported_at timestamptz not null, "
                    + "claim_id uuid not null)");
        }
        Random random = new Random(size);
        var copy = ((PGConnection) connection.unwrap(PGConnection.class)).getCopyAPI();
        for (int from = 0; from < size; from += BATCH) {
            StringBuilder claims = new StringBuilder();
            StringBuilder keys = new StringBuilder();
            for (int i = from; i < Math.min(size, from + BATCH); i++) {
                int index = random.nextInt(pool.size());
                ClaimText text = pool.get(index);
                UUID id = new UUID(random.nextLong(), random.nextLong());
                String at = FIRST_DAY.plusSeconds((long) (random.nextDouble() * SPREAD_SECONDS)).toString();
                claims.append(id).append('\t').append(escape(text.statement())).append('\t')
                        .append(text.claimant() == null ? "\\N" : escape(text.claimant())).append("\t\\N\t")
                        .append(text.language()).append('\t').append(at).append("\t\\N\n");
                Set<String> claimKeys = new LinkedHashSet<>(poolKeys.get(index));
                claimKeys.add("~name" + random.nextInt(NAMES));
                claimKeys.add("~name" + random.nextInt(NAMES));
                for (String key : claimKeys) {
                    keys.append(escape(key)).append('\t').append(at).append('\t').append(id).append('\n');
                }
            }
            try {
                copy.copyIn("copy claim from stdin", new StringReader(claims.toString()));
                copy.copyIn("copy claim_match_key from stdin", new StringReader(keys.toString()));
            } catch (java.io.IOException e) {
                throw new SQLException(e);
            }
        }
        try (Statement statement = connection.createStatement()) {
            statement.execute("alter table claim add primary key (id)");
            statement.execute("alter table claim_match_key add primary key (key, reported_at, claim_id)");
            statement.execute("vacuum analyze claim");
            statement.execute("vacuum analyze claim_match_key");
        }
        System.out.printf(Locale.ROOT, "%,d claims loaded in %.0f s%n", size, (System.nanoTime() - start) / 1e9);
    }

    private void measure(Connection connection, int size) throws SQLException {
        Random random = new Random(42);
        long[] retrieval = new long[SAMPLES];
        long[] total = new long[SAMPLES];
        int scored = 0;
        for (int round = -WARM_UP; round < SAMPLES; round++) {
            ClaimText claim = pool.get(random.nextInt(pool.size()));
            Instant at = FIRST_DAY.plusSeconds((long) (random.nextDouble() * SPREAD_SECONDS));
            ClaimText placed = new ClaimText("new", claim.statement(), claim.claimant(), claim.source(),
                    claim.language(), at);
            long start = System.nanoTime();
            Set<String> keys = matcher.keys(placed);
            List<UUID> ids = candidates(connection, keys, at);
            long retrieved = System.nanoTime();
            List<ClaimText> candidates = load(connection, ids);
            matcher.match(placed, candidates);
            long end = System.nanoTime();
            if (round >= 0) {
                retrieval[round] = retrieved - start;
                total[round] = end - start;
                scored += candidates.size();
            }
        }
        System.out.printf(Locale.ROOT, "%,d claims: retrieval p50 %.1f ms, p99 %.1f ms; retrieval + loading + "
                        + "scoring p50 %.1f ms, p99 %.1f ms, max %.1f ms; %.1f candidates scored per claim%n", size,
                percentile(retrieval, 50), percentile(retrieval, 99), percentile(total, 50), percentile(total, 99),
                percentile(total, 100), (double) scored / SAMPLES);
    }

    private static List<UUID> candidates(Connection connection, Set<String> keys, Instant at) throws SQLException {
        // The service's query, with JDBC placeholders for its named parameters.
        String sql = ClaimMatchRepository.CANDIDATES_SQL.replaceAll(":(keys|from|at|to|perKey|claim|limit)\\b", "?");
        try (PreparedStatement query = connection.prepareStatement(sql)) {
            query.setArray(1, connection.createArrayOf("text", keys.toArray()));
            query.setTimestamp(2, Timestamp.from(at));
            query.setTimestamp(3, Timestamp.from(at.plus(WINDOW)));
            query.setInt(4, CLAIMS_PER_KEY);
            query.setTimestamp(5, Timestamp.from(at.minus(WINDOW)));
            query.setTimestamp(6, Timestamp.from(at));
            query.setInt(7, CLAIMS_PER_KEY);
            query.setObject(8, NEW_CLAIM);
            query.setInt(9, CANDIDATES);
            query.setInt(10, CANDIDATES);
            List<UUID> ids = new ArrayList<>();
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    ids.add(rows.getObject(1, UUID.class));
                }
            }
            return ids;
        }
    }

    private static List<ClaimText> load(Connection connection, List<UUID> ids) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("select id, statement, claimant, source, "
                + "language, reported_at from claim where id = any(?)")) {
            query.setArray(1, connection.createArrayOf("uuid", ids.toArray()));
            List<ClaimText> claims = new ArrayList<>();
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    claims.add(new ClaimText(rows.getString(1), rows.getString(2), rows.getString(3),
                            rows.getString(4), rows.getString(5), rows.getTimestamp(6).toInstant()));
                }
            }
            return claims;
        }
    }

    private static double percentile(long[] nanos, int percentile) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        int index = Math.min(sorted.length - 1, (int) Math.ceil(percentile / 100.0 * sorted.length) - 1);
        return sorted[Math.max(0, index)] / 1e6;
    }

    private static String escape(String value) {
        return value.replace("\\", "\\\\").replace("\t", " ").replace("\n", " ");
    }
}
