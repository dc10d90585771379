package no.newsroom.claims.config;

import io.smallrye.config.ConfigMapping;

/** Settings under {@code newsroom.*}; defaults are in application.properties. */
@ConfigMapping(prefix = "newsroom")
public interface NewsroomConfig {

    /** Public URL of an article page; {@code {articleId}} is replaced. */
    String articleUrlTemplate();

    ClaimReview claimreview();

    Articles articles();

    interface ClaimReview {

        /** The fact-checking organisation credited as author of every ClaimReview. */
        String organisationName();

        String organisationUrl();

        /** Public URL of the page presenting a claim's review; {@code {claimId}} is replaced. */
        String urlTemplate();
    }

    interface Articles {

        /** How often articles-service's event feed is polled, e.g. {@code 5s}; {@code off} disables polling. */
        String pollEvery();

        int batchSize();
    }
}
