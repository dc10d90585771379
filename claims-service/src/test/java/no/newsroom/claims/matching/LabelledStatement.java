package no.newsroom.claims.matching;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One annotated statement of the evaluation set ({@code src/test/resources/matching/statements.psv}). The relation of
 * two statements follows from their annotations, by the decision rules in {@link #relationTo}.
 */
record LabelledStatement(String split, String topic, String assertion, String claimantKey, String figureKey,
                         ClaimText claim) {

    static final String DEV = "dev";
    static final String HELD_OUT = "heldout";

    static List<LabelledStatement> loadAll() {
        var stream = Objects.requireNonNull(LabelledStatement.class.getClassLoader()
                .getResourceAsStream("matching/statements.psv"), "matching/statements.psv");
        try (var reader = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
            return reader.lines().filter(line -> !line.isBlank() && !line.startsWith("#"))
                    .map(LabelledStatement::parse).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static LabelledStatement parse(String line) {
        String[] columns = line.split("\\|", -1);
        if (columns.length != 9) {
            throw new IllegalArgumentException("expected 9 columns: " + line);
        }
        String id = columns[1] + "/" + columns[8].hashCode();
        ClaimText claim = new ClaimText(id, columns[8], columns[7], null, columns[6], Instant.parse(columns[5]));
        return new LabelledStatement(columns[0], columns[1], columns[2], columns[3], columns[4], claim);
    }

    /**
     * The rules the labels follow: another topic is UNRELATED; another assertion on the topic is RELATED; the same
     * assertion with the same figure is SAME from the same claimant and RELATED (corroboration, not one claim) from
     * another; a different figure is UPDATE from the same claimant an hour or more apart and CONFLICT within the hour,
     * and CONFLICT from another claimant within a week.
     */
    Relation relationTo(LabelledStatement other) {
        if (!topic.equals(other.topic)) {
            return Relation.UNRELATED;
        }
        if (!assertion.equals(other.assertion)) {
            return Relation.RELATED;
        }
        boolean sameClaimant = claimantKey.equals(other.claimantKey);
        if (figureKey.equals(other.figureKey)) {
            return sameClaimant ? Relation.SAME : Relation.RELATED;
        }
        Duration gap = Duration.between(claim.reportedAt(), other.claim.reportedAt()).abs();
        if (sameClaimant) {
            return gap.compareTo(Duration.ofHours(1)) >= 0 ? Relation.UPDATE : Relation.CONFLICT;
        }
        return gap.compareTo(Duration.ofDays(7)) <= 0 ? Relation.CONFLICT : Relation.RELATED;
    }

    boolean sameLanguageAs(LabelledStatement other) {
        return claim.language().equals(other.claim.language());
    }
}
