package no.newsroom.claims.matching;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ClaimMatcherTest {

    private static final Instant MONDAY = Instant.parse("2022-03-14T08:00:00Z");
    private static final Instant TUESDAY = Instant.parse("2022-03-15T08:00:00Z");
    private static final String KYIV_CLAIM = "Ukrainske myndigheter hevder at de har skutt ned fire russiske fly, "
            + "blant dem tre helikoptre, det siste døgnet.";

    private final ClaimMatcher matcher = new ClaimMatcher();

    private Relation relation(ClaimText claim, ClaimText candidate) {
        return matcher.match(claim, List.of(candidate)).get(0).relation();
    }

    private static ClaimText claim(String statement, String claimant, String language, Instant reportedAt) {
        return new ClaimText("c", statement, claimant, null, language, reportedAt);
    }

    @Test
    void shouldFindTheSameClaimInEnglishWithTheFigureInDigits() {
        ClaimText norwegian = claim(KYIV_CLAIM, "Ukrainske myndigheter", "nb", MONDAY);
        ClaimText english = claim("Ukrainian authorities say they have shot down 4 Russian aircraft, including 3 "
                + "helicopters, in the past 24 hours.", "Ukrainian authorities", "en", MONDAY.plusSeconds(3600));

        assertEquals(Relation.SAME, relation(norwegian, english));
    }

    @Test
    void shouldReadTheSameClaimantsLaterFigureAsAnUpdate() {
        ClaimText monday = claim(KYIV_CLAIM, "Ukrainske myndigheter", "nb", MONDAY);
        ClaimText tuesday = claim("Ukrainian authorities now say seven Russian aircraft have been shot down.",
                "Ukrainian authorities", "en", TUESDAY);

        assertEquals(Relation.UPDATE, relation(monday, tuesday));
    }

    @Test
    void shouldReadAnotherClaimantsDenialAsAConflict() {
        ClaimText kyiv = claim(KYIV_CLAIM, "Ukrainske myndigheter", "nb", MONDAY);
        ClaimText moscow = claim("Moscow denies that any Russian aircraft were shot down.", "Moscow", "en",
                MONDAY.plusSeconds(7200));

        assertEquals(Relation.CONFLICT, relation(kyiv, moscow));
    }

    @Test
    void shouldReadTheSameClaimantsOtherFigureAtTheSameTimeAsAConflict() {
        ClaimText four = claim(KYIV_CLAIM, "Ukrainske myndigheter", "nb", MONDAY);
        ClaimText six = claim("Ukrainian authorities say they shot down six Russian aircraft over the past day.",
                "Ukrainian authorities", "en", MONDAY.plusSeconds(600));

        assertEquals(Relation.CONFLICT, relation(four, six));
    }

    @Test
    void shouldReadDeadAgainstInjuredAsRelated() {
        ClaimText dead = claim("Six people were killed in the Russian strike on Kharkiv, the governor said.",
                "Kharkiv governor", "en", MONDAY);
        ClaimText injured = claim("Minst 40 personer ble skadet i angrepet på Kharkiv, sier guvernøren.",
                "Guvernøren i Kharkiv", "nb", MONDAY.plusSeconds(3600));

        assertEquals(Relation.RELATED, relation(dead, injured));
    }

    @Test
    void shouldReadASharedFigureAndPlaceAboutDifferentThingsAsUnrelated() {
        ClaimText aircraft = claim(KYIV_CLAIM, "Ukrainske myndigheter", "nb", MONDAY);
        ClaimText budget = claim("Oslo kommune vil bruke fire millioner kroner på nye skoler.", "Oslo kommune", "nb",
                Instant.parse("2023-09-01T08:00:00Z"));

        assertEquals(Relation.UNRELATED, relation(aircraft, budget));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Rundt 300 000 mennesker er evakuert fra Kherson, sier guvernøren.|"
                + "About 300,000 people have been evacuated from Kherson, the governor said.",
        "Minst 2500 sivile er drept i Mariupol, opplyser guvernøren.|"
                + "At least 2,500 civilians have been killed in Mariupol, the governor said.",
        "Guvernøren sier at fire sivile er drept i Kherson.|The governor says 4 civilians were killed in Kherson."
    })
    void shouldTreatApproximationsBoundsAndNumberWordsAsTheSameFigure(String norwegian, String english) {
        ClaimText nb = claim(norwegian, "Guvernøren", "nb", MONDAY);
        ClaimText en = claim(english, "The governor", "en", MONDAY);

        assertEquals(Relation.SAME, relation(nb, en));
    }

    @Test
    void shouldTreatTransliterationVariantsAsOneClaimant() {
        ClaimText norwegian = claim("Zelenskyj sier at 1300 ukrainske soldater er drept.", "Volodymyr Zelenskyj",
                "nb", MONDAY);
        ClaimText english = claim("Zelensky says 1,300 Ukrainian soldiers have been killed.", "Volodymyr Zelensky",
                "en", MONDAY);

        assertEquals(Relation.SAME, relation(norwegian, english));
    }

    @Test
    void shouldAnswerOneMatchPerCandidateInOrderWithScoresBetweenZeroAndOne() {
        ClaimText kyiv = claim(KYIV_CLAIM, "Ukrainske myndigheter", "nb", MONDAY);
        List<ClaimText> candidates = List.of(
                new ClaimText("a", "Oslo kommune bygger fire nye skoler.", null, null, "nb", null),
                new ClaimText("b", KYIV_CLAIM, "Ukrainske myndigheter", null, "nb", MONDAY));

        List<ClaimMatch> matches = matcher.match(kyiv, candidates);

        assertEquals(List.of("a", "b"), matches.stream().map(ClaimMatch::id).toList());
        assertEquals(Relation.SAME, matches.get(1).relation());
        assertEquals(1.0, matches.get(1).score());
        assertTrue(matches.get(0).score() >= 0 && matches.get(0).score() < 0.25);
    }
}
