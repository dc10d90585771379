package no.newsroom.claims.config;

import io.smallrye.config.ConfigMapping;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** Settings under {@code newsroom.*}; defaults are in application.properties. */
@ConfigMapping(prefix = "newsroom")
public interface NewsroomConfig {

    /** Public URL of an article page; {@code {articleId}} is replaced. */
    String articleUrlTemplate();

    ClaimReview claimreview();

    Articles articles();

    Webhooks webhooks();

    Matching matching();

    interface ClaimReview {

        /** The fact-checking organisation credited as author of every ClaimReview. */
        String organisationName();

        String organisationUrl();

        /** Public URL of the page presenting a claim's review; {@code {claimId}} is replaced. */
        String urlTemplate();
    }

    interface Matching {

        /** How far apart in report time a stored claim may be from a new or edited claim to be matched with it. */
        Duration window();

        /** How many of the claims sharing the most match keys are scored, per new or edited claim. */
        int candidates();

        /** How many claims, nearest in report time on either side, each match key contributes to the candidates. */
        int claimsPerKey();
    }

    interface Articles {

        /** How often articles-service's event feed is polled, e.g. {@code 5s}; {@code off} disables polling. */
        String pollEvery();

        int batchSize();
    }

    interface Webhooks {

        /** How often new public events are queued for subscribers, e.g. {@code 1s}; {@code off} disables it. */
        String dispatchEvery();

        /** How often due deliveries are sent, e.g. {@code 1s}; {@code off} disables sending. */
        String sendEvery();

        /**
         * How long a gap in the claim outbox's ids holds the webhook feed back: writers commit in any order, so a
         * missing id may still be committed; after this long it is taken for a rolled-back write.
         */
        Duration gapWait();

        /** Events read per feed and deliveries claimed per round. */
        int batchSize();

        Duration connectTimeout();

        /** Longest wait for a receiver's answer; an attempt that takes longer failed. */
        Duration requestTimeout();

        /** How long a sender holds a subscription; well over twice the connect and request timeouts together. */
        Duration lease();

        /** How long a rotated-out secret keeps signing deliveries beside the new one. */
        Duration secretGracePeriod();

        Retry retry();

        /**
         * Address ranges (CIDR) webhooks may target although they are not public, e.g. {@code 127.0.0.0/8} for a
         * receiver on a developer's machine. Empty in production: only public addresses are called.
         */
        Optional<List<String>> allowedTargets();

        interface Retry {

            Duration firstDelay();

            Duration maxDelay();

            /** Failed deliveries are retried this long after their first attempt, then the subscription is disabled. */
            Duration window();
        }
    }
}
