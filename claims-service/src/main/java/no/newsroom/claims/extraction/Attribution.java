package no.newsroom.claims.extraction;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * What a sentence says about where its statement comes from: the speakers named, whether it is hedged without a name
 * ("skal ha", "reportedly", "Det ble meldt om"), and which tokens belong to the attribution rather than the statement.
 */
record Attribution(List<Speaker> speakers, boolean hedged, BitSet attributionTokens) {

    Attribution {
        speakers = List.copyOf(speakers);
    }

    static Attribution none() {
        return new Attribution(List.of(), false, new BitSet());
    }

    /** Someone named makes or hears the statement; a byline alone names only the agency that carries the text. */
    boolean isNamed() {
        return speakers.stream().anyMatch(speaker -> !speaker.byline());
    }

    /**
     * A speaker says the statement, or a hedge reports it. Someone who only heard something ("i et intervju med NRK",
     * "in an interview with the BBC") names no statement: the interview may be only about a topic.
     */
    boolean isClaimMarker() {
        return hedged || speakers.stream()
                .anyMatch(speaker -> !speaker.byline() && speaker.role() != Speaker.Role.RECIPIENT);
    }

    boolean hasOutletSpeaker() {
        return speakers.stream().anyMatch(speaker -> speaker.outlet() && !speaker.byline());
    }

    Attribution plus(List<Speaker> more) {
        List<Speaker> all = new ArrayList<>(speakers);
        all.addAll(more);
        return new Attribution(all, hedged, attributionTokens);
    }
}
