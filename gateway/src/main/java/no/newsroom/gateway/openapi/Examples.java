package no.newsroom.gateway.openapi;

/** Examples for the API document, taken from the Kyiv live article of 14 March 2022 and its claims. */
public final class Examples {

    public static final String ARTICLE_ID = "3f0c6a52-8d1e-4b7a-9c2f-5e8d7b6a1c04";
    public static final String BLOCK_ID = "8b2e4d6f-1a3c-4e5b-9d7f-0c2e4a6b8d1f";
    public static final String CLAIM_ID = "c4a1e9d2-7b3f-4c8e-a5d6-2f9b1e7c3a80";
    public static final String NEWER_CLAIM_ID = "5d2f8a1c-3e6b-4d9a-b7c1-8e4f2a6d0b93";
    public static final String NEWER_ARTICLE_ID = "a7e3c9b1-2d4f-4a6c-8e1b-3f5d7c9a2e46";
    public static final String TITLE = "Live: Missilfragmenter traff boligblokker i Kyiv";
    public static final String SLUG = "live-missilfragmenter-traff-boligblokker-i-kyiv";
    public static final String LEAD = "Fragmenter fra en russisk missil, som ble skutt ned av ukrainske styrker, skal "
            + "ha truffet et område med boligblokker i Kyiv.";
    public static final String STATEMENT = "Ukrainske myndigheter hevder at de har skutt ned fire russiske fly, "
            + "blant dem tre helikoptre, det siste døgnet.";
    public static final String CLAIM_REVIEWED = "Ukraina skjøt ned fire russiske fly, blant dem tre helikoptre, "
            + "det siste døgnet";
    public static final String TIMESTAMP = "2022-03-14T09:12:00Z";

    public static final String ARTICLE_DRAFT = """
            {"title": "Live: Missilfragmenter traff boligblokker i Kyiv",
             "lead": "Fragmenter fra en russisk missil har truffet et område med boligblokker i Kyiv.",
             "language": "nb", "tags": ["ukraina", "kyiv"], "authors": ["kari"],
             "blocks": [{"type": "PARAGRAPH", "text": "Ukrainske myndigheter hevder at de har skutt ned fire \
            russiske fly, blant dem tre helikoptre, det siste døgnet."},
                        {"type": "IMAGE", "caption": "Flere steder i Kyiv har blitt rammet av angrep.",
                         "credit": "Foto: Kyiv kommune", "url": "https://images.example/kyiv.jpg"}]}
            """;
    public static final String ARTICLE_PATCH = """
            {"title": "Live: Missilfragmenter traff boligblokker i Kyiv", "tags": ["ukraina", "kyiv", "live"]}
            """;
    public static final String IMPORT_TEXT = """
            Fragmenter fra en russisk missil, som ble skutt ned av ukrainske styrker, skal ha truffet et område med \
            boligblokker i Kyiv.

            Ukrainske myndigheter hevder at de har skutt ned fire russiske fly, blant dem tre helikoptre, det siste \
            døgnet. Det er ikke bekreftet av uavhengige kilder.
            """;
    public static final String BLOCK_DRAFT = """
            {"type": "PARAGRAPH", "text": "Ukrainske myndigheter hevder at de har skutt ned fire russiske fly, \
            blant dem tre helikoptre, det siste døgnet."}
            """;
    public static final String CLAIM_DRAFT = """
            {"articleId": "3f0c6a52-8d1e-4b7a-9c2f-5e8d7b6a1c04",
             "anchor": {"blockId": "8b2e4d6f-1a3c-4e5b-9d7f-0c2e4a6b8d1f", "start": 0, "end": 108,
                        "quote": "Ukrainske myndigheter hevder at de har skutt ned fire russiske fly, blant dem tre \
            helikoptre, det siste døgnet."},
             "statement": "Ukrainske myndigheter hevder at de har skutt ned fire russiske fly, blant dem tre \
            helikoptre, det siste døgnet.",
             "claimReviewed": "Ukraina skjøt ned fire russiske fly, blant dem tre helikoptre, det siste døgnet",
             "claimant": "Ukrainske myndigheter", "language": "nb", "independentlyConfirmed": false,
             "quantities": [{"value": 4, "qualifier": "EXACT", "unit": "fly"},
                            {"value": 3, "qualifier": "EXACT", "unit": "helikoptre", "partOf": 0}]}
            """;
    public static final String CLAIM_PATCH = """
            {"assignee": "kari", "recheckBy": "2022-03-21T12:00:00Z"}
            """;
    public static final String TRANSITION_TO_REVIEW = """
            {"to": "IN_REVIEW"}
            """;
    public static final String TRANSITION_TO_VERDICT = """
            {"to": "UNVERIFIABLE", "rationale": "Ingen uavhengige kilder bekrefter tallene fra ukrainske \
            myndigheter."}
            """;
    public static final String EVIDENCE_SUPERSESSION = """
            {"reason": "Erstattet av nyere tall"}
            """;
    public static final String WITHDRAWAL = """
            {"reason": "Duplikat av en påstand i samme avsnitt"}
            """;
    public static final String EVIDENCE_DRAFT = """
            {"type": "OFFICIAL_STATEMENT", "url": "https://www.kmu.gov.ua/en",
             "description": "Ukrainske myndigheters daglige oppdatering om tap", "independent": false}
            """;
    public static final String EXTRACTION_REQUEST = """
            {"text": "Ukrainske myndigheter hevder at de har skutt ned fire russiske fly, blant dem tre helikoptre, \
            det siste døgnet. Det er ikke bekreftet av uavhengige kilder.", "language": "nb"}
            """;
    public static final String WEBHOOK_ID = "7d1e3f5a-9b2c-4d6e-8f0a-1b3c5d7e9f20";
    public static final String DELIVERY_ID = "2f4a6c8e-0b1d-4f3a-9c5e-7d9f1b3d5e70";
    public static final String WEBHOOK_URL = "https://hooks.partner.example/newsroom";
    public static final String WEBHOOK_SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
    public static final String WEBHOOK_DRAFT = """
            {"url": "https://hooks.partner.example/newsroom", "eventTypes": ["article.published", "claim.approved"]}
            """;
    public static final String WEBHOOK_PAUSE = """
            {"paused": true}
            """;
    public static final String WEBHOOK_CHANGE = """
            {"url": "https://hooks.partner.example/newsroom/v2", "eventTypes": ["claim.approved"]}
            """;
    public static final String WEBHOOK_MESSAGE = """
            {"type": "claim.approved", "timestamp": "2022-03-15T10:04:00Z",
             "data": {"claimId": "c4a1e9d2-7b3f-4c8e-a5d6-2f9b1e7c3a80",
                      "articleId": "3f0c6a52-8d1e-4b7a-9c2f-5e8d7b6a1c04",
                      "status": "UNVERIFIABLE", "publicStatus": "UNVERIFIABLE"}}
            """;

    public static final String MATCH_REQUEST = """
            {"claim": {"id": "kyiv-nb", "statement": "Ukrainske myndigheter hevder at de har skutt ned fire russiske \
            fly, blant dem tre helikoptre, det siste døgnet.", "claimant": "Ukrainske myndigheter", "language": "nb", \
            "reportedAt": "2022-03-14T08:00:00Z"},
             "candidates": [
              {"id": "repeat-en", "statement": "Ukrainian authorities say they have shot down four Russian aircraft, \
            including three helicopters, over the past day.", "claimant": "Ukrainian authorities", \
            "source": "Reuters", "language": "en", "reportedAt": "2022-03-14T10:30:00Z"},
              {"id": "tally-en", "statement": "Ukraine's military now says it has downed 7 Russian aircraft in the past \
            48 hours.", "claimant": "Ukraine's military", \
            "language": "en", "reportedAt": "2022-03-15T09:00:00Z"},
              {"id": "denial-nb", "statement": "Moskva avviser at noen russiske fly er skutt ned over Kyiv.", \
            "claimant": "Moskva", "language": "nb", "reportedAt": "2022-03-14T12:00:00Z"}]}
            """;
    public static final String MATCH_RESPONSE = """
            {"matches": [{"id": "repeat-en", "relation": "SAME", "score": 1.0},
                         {"id": "tally-en", "relation": "UPDATE", "score": 0.938},
                         {"id": "denial-nb", "relation": "CONFLICT", "score": 0.667}]}
            """;

    public static final String MATCH_DECISION = """
            {"decision": "CONFIRMED", "relation": "SAME"}
            """;

    private Examples() {
    }
}
