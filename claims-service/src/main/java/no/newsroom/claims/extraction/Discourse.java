package no.newsroom.claims.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * What the extractor remembers while reading one text from start to end: the candidates so far, and the last person
 * and outlet named, which "han"/"he" and "nyhetsbyrået"/"the agency" refer back to.
 */
final class Discourse {

    private final List<ClaimCandidate> candidates = new ArrayList<>();
    private String lastPerson;
    private String lastOutlet;

    List<ClaimCandidate> candidates() {
        return candidates;
    }

    void add(ClaimCandidate candidate) {
        candidates.add(candidate);
    }

    void rememberPerson(String name) {
        lastPerson = name;
    }

    void rememberOutlet(String name) {
        lastOutlet = name;
    }

    Speaker resolve(Speaker speaker) {
        if (!speaker.anaphoric()) {
            return speaker;
        }
        return speaker.resolvedTo(speaker.outlet() ? lastOutlet : lastPerson);
    }

    void updateLast(UnaryOperator<ClaimCandidate> change) {
        if (!candidates.isEmpty()) {
            int last = candidates.size() - 1;
            candidates.set(last, change.apply(candidates.get(last)));
        }
    }
}
