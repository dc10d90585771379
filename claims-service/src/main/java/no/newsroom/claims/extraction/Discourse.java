package no.newsroom.claims.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * What the extractor remembers while reading one text from start to end: the candidates so far, and the last person,
 * group and outlet named, which "han"/"he", "de"/"they" and "nyhetsbyrået"/"the agency" refer back to.
 */
final class Discourse {

    private final List<ClaimCandidate> candidates = new ArrayList<>();
    private String lastPerson;
    private String lastOutlet;
    private String lastGroup;

    List<ClaimCandidate> candidates() {
        return candidates;
    }

    void add(ClaimCandidate candidate) {
        candidates.add(candidate);
    }

    void rememberPerson(String name) {
        lastPerson = name;
    }

    void rememberGroup(String name) {
        lastGroup = name;
    }

    void rememberOutlet(String name) {
        lastOutlet = name;
    }

    Speaker resolve(Speaker speaker) {
        if (!speaker.anaphoric()) {
            return speaker;
        }
        if (speaker.outlet()) {
            return speaker.resolvedTo(lastOutlet);
        }
        return speaker.resolvedTo(speaker.plural() && lastGroup != null ? lastGroup : lastPerson);
    }

    void updateLast(UnaryOperator<ClaimCandidate> change) {
        if (!candidates.isEmpty()) {
            int last = candidates.size() - 1;
            candidates.set(last, change.apply(candidates.get(last)));
        }
    }
}
