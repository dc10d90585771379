package no.newsroom.claims.extraction;

import java.util.List;

/** One sentence as the extractor reads it: where it is, its tokens, its attribution and what kind of line it is. */
record SentenceReading(TextSpan span, List<Token> tokens, Attribution attribution, Kind kind) {

    enum Kind {
        /** An attributed or hedged, checkable statement. */
        CLAIM,
        /** "Det opplyser X.": attributes the sentence before it. */
        BACK_REFERENCE,
        /** "Tallene skal han ha fra ..., ifølge Sky News.": names the outlet that relayed the claim before it. */
        FIGURE_SOURCE,
        /** "Det er ikke bekreftet av uavhengige kilder.": the claim before it is unconfirmed. */
        UNVERIFIED_NOTE,
        /** "Dette er bekreftet av uavhengige kilder.": the claim before it is confirmed. */
        CONFIRMATION_NOTE,
        /** Anything else: plain statements, opinions, questions, plans, meta lines. */
        NOT_A_CLAIM
    }

    SentenceReading withAttribution(Attribution newAttribution, Kind newKind) {
        return new SentenceReading(span, tokens, newAttribution, newKind);
    }
}
