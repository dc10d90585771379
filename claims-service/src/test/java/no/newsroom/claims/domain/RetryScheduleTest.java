package no.newsroom.claims.domain;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.random.RandomGenerator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RetryScheduleTest {

    private static final Instant FIRST = Instant.parse("2022-03-14T09:12:00Z");
    private static final RetrySchedule SCHEDULE = new RetrySchedule(Duration.ofSeconds(5), Duration.ofHours(1),
            Duration.ofHours(25));
    private static final RandomGenerator NO_JITTER = fixed(0.0);
    private static final RandomGenerator MOST_JITTER = fixed(0.999_999);

    @Test
    void shouldDoubleTheDelayAfterEachFailedAttempt() {
        assertEquals(Duration.ofSeconds(5), delay(1, FIRST, NO_JITTER));
        assertEquals(Duration.ofSeconds(10), delay(2, FIRST, NO_JITTER));
        assertEquals(Duration.ofSeconds(40), delay(4, FIRST, NO_JITTER));
    }

    @Test
    void shouldNeverWaitLongerThanTheMaximumDelay() {
        assertEquals(Duration.ofHours(1), delay(20, FIRST, NO_JITTER));
        assertEquals(Duration.ofHours(1), delay(500, FIRST, NO_JITTER));
    }

    @Test
    void shouldTakeUpToHalfOffADelayForJitter() {
        Duration jittered = delay(4, FIRST, MOST_JITTER);

        assertTrue(jittered.compareTo(Duration.ofSeconds(20)) >= 0 && jittered.compareTo(Duration.ofSeconds(40)) < 0,
                jittered.toString());
    }

    @Test
    void shouldMakeTheLastAttemptWhenTheWindowEndsAndThenGiveUp() {
        Instant nearTheEnd = FIRST.plus(Duration.ofHours(25)).minusSeconds(60);

        assertEquals(FIRST.plus(Duration.ofHours(25)),
                SCHEDULE.next(30, FIRST, nearTheEnd, NO_JITTER).orElseThrow());
        assertTrue(SCHEDULE.next(31, FIRST, FIRST.plus(Duration.ofHours(25)), NO_JITTER).isEmpty());
    }

    @Test
    void shouldKeepRetryingForAtLeastADay() {
        Instant now = FIRST;
        int attempts = 1;
        while (true) {
            var next = SCHEDULE.next(attempts, FIRST, now, MOST_JITTER);
            if (next.isEmpty()) {
                break;
            }
            now = next.get();
            attempts++;
        }
        assertTrue(Duration.between(FIRST, now).compareTo(Duration.ofHours(24)) >= 0);
    }

    private static Duration delay(int attempts, Instant now, RandomGenerator random) {
        return Duration.between(now, SCHEDULE.next(attempts, FIRST, now, random).orElseThrow());
    }

    private static RandomGenerator fixed(double value) {
        return new RandomGenerator() {
            @Override
            public long nextLong() {
                return 0;
            }

            @Override
            public double nextDouble() {
                return value;
            }
        };
    }
}
