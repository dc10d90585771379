package no.newsroom.claims.config;

import io.smallrye.config.ConfigMapping;

import java.time.Duration;
import java.util.Optional;

/** Settings under {@code newsroom.*}; defaults are in application.properties. */
@ConfigMapping(prefix = "newsroom")
public interface NewsroomConfig {

    /** Public URL of an article page; {@code {articleId}} is replaced. */
    String articleUrlTemplate();

    ClaimReview claimreview();

    Articles articles();

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

        /**
         * A staff bearer token for the feed, so block changes of unpublished articles re-anchor claims too; without
         * it only public (published-article) events are read.
         */
        Optional<String> serviceToken();
    }
}
