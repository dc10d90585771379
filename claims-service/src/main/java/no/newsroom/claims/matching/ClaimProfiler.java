package no.newsroom.claims.matching;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import no.newsroom.claims.extraction.ExtractedQuantity;
import no.newsroom.claims.extraction.Language;
import no.newsroom.claims.extraction.StatementQuantities;
import no.newsroom.claims.extraction.UnsupportedLanguageException;
import no.newsroom.claims.matching.ClaimProfile.Claimant;

/** Reads a claim into terms, events, claimant and figures. Thread-safe. */
final class ClaimProfiler {

    // A capital stands for its government when it is the claimant: "Moskva avviser", "Kyiv says".
    private static final Map<String, String> CAPITAL_GOVERNMENTS = Map.of("KYIV", "UKRAINE", "MOSCOW", "RUSSIA",
            "OSLO", "NORWAY", "LONDON", "BRITAIN", "PARIS", "FRANCE", "BERLIN", "GERMANY");
    private static final int EVENT_WINDOW_BEFORE = 8;
    private static final int EVENT_WINDOW_AFTER = 8;
    private static final int MIN_WORD_LENGTH = 3;

    private final MatchLexicon lexicon;

    ClaimProfiler(MatchLexicon lexicon) {
        this.lexicon = lexicon;
    }

    ClaimProfile profile(ClaimText claim) {
        Language language = Language.fromTag(claim.language())
                .orElseThrow(() -> new UnsupportedLanguageException(claim.language()));
        List<String> tokens = ClaimTokens.split(claim.statement());
        List<Term> statementTerms = terms(tokens, language);
        List<Term> claimantTerms = claim.claimant() == null ? List.of()
                : terms(ClaimTokens.split(claim.claimant()), language);
        List<Term> sourceTerms = claim.source() == null ? List.of()
                : terms(ClaimTokens.split(claim.source()), language);
        // The claimant's country or organisation often is the subject too ("Bystyret i Mariupol"); its other words
        // are not.
        List<Term> subject = statementTerms.stream()
                .filter(term -> term.kind().weight() > 0)
                .filter(term -> term.kind() != ConceptKind.WORD
                        || !mentions(claimantTerms, term) && !mentions(sourceTerms, term))
                .toList();
        boolean forecast = statementTerms.stream().anyMatch(term -> term.kind() == ConceptKind.FORECAST);
        Set<String> events = subject.stream().filter(term -> term.kind() == ConceptKind.EVENT).map(Term::key)
                .collect(Collectors.toCollection(LinkedHashSet::new));
        List<Figure> figures = figures(claim.statement(), language, statementTerms);
        if (figures.isEmpty() && statementTerms.stream().anyMatch(term -> term.kind() == ConceptKind.DENIAL)) {
            figures = List.of(Figure.zero(events.stream().findFirst().orElse(null)));
        }
        return new ClaimProfile(subject, events, claimant(claim.claimant(), claimantTerms), figures, forecast,
                claim.reportedAt());
    }

    /** Terms of a text: lexicon phrases first, then stop words dropped, then single words or their folded spelling. */
    List<Term> terms(List<String> tokens, Language language) {
        List<Term> terms = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            Optional<MatchLexicon.Hit> phrase = lexicon.phraseAt(tokens, i);
            if (phrase.isPresent()) {
                MatchLexicon.Concept concept = phrase.get().concept();
                terms.add(new Term(concept.key(), concept.kind(), i));
                i += phrase.get().length();
                continue;
            }
            String word = tokens.get(i);
            int position = i;
            if (!lexicon.isStopWord(word, language) && !Character.isDigit(word.charAt(0))) {
                Optional<MatchLexicon.Concept> concept = lexicon.word(word);
                lexicon.compound(word).flatMap(compound -> modifier(compound.modifier(), position))
                        .ifPresent(terms::add);
                if (concept.isPresent()) {
                    terms.add(new Term(concept.get().key(), concept.get().kind(), position));
                } else if (word.length() >= MIN_WORD_LENGTH) {
                    terms.add(new Term(ClaimTokens.fold(word), ConceptKind.WORD, position));
                }
            }
            i++;
        }
        return terms;
    }

    /** "Nordlands" in "Nordlandssykehuset", "mesling" in "meslingtilfeller": a concept or a word of its own. */
    private Optional<Term> modifier(String modifier, int position) {
        String stem = modifier.endsWith("s") && modifier.length() > MIN_WORD_LENGTH + 1
                ? modifier.substring(0, modifier.length() - 1) : modifier;
        Optional<MatchLexicon.Concept> concept = lexicon.word(stem).or(() -> lexicon.word(modifier));
        if (concept.isPresent()) {
            return Optional.of(new Term(concept.get().key(), concept.get().kind(), position));
        }
        return stem.length() >= MIN_WORD_LENGTH
                ? Optional.of(new Term(ClaimTokens.fold(stem), ConceptKind.WORD, position)) : Optional.empty();
    }

    private static boolean mentions(List<Term> terms, Term term) {
        return terms.stream().anyMatch(other -> other.kind() == term.kind()
                && (term.isConcept() ? other.key().equals(term.key()) : Terms.sameWord(other.key(), term.key())));
    }

    /** A named claimant is never unknown: "KS" and "Vy" are too short to be terms but still tell claimants apart. */
    private static Claimant claimant(String name, List<Term> terms) {
        Set<String> entities = new LinkedHashSet<>();
        Set<String> countries = new LinkedHashSet<>();
        Set<String> roles = new LinkedHashSet<>();
        Set<String> words = new LinkedHashSet<>();
        for (Term term : terms) {
            switch (term.kind()) {
                case ENTITY -> entities.add(term.key());
                case COUNTRY -> countries.add(term.key());
                case PLACE -> countries.add(CAPITAL_GOVERNMENTS.getOrDefault(term.key(), term.key()));
                case ROLE -> roles.add(term.key());
                case WORD -> words.add(term.key());
                default -> {
                    // Events and units in a claimant's name ("the fire service") say nothing about who it is.
                }
            }
        }
        if (name != null && entities.isEmpty() && countries.isEmpty() && roles.isEmpty() && words.isEmpty()) {
            ClaimTokens.split(name).stream().map(ClaimTokens::fold).forEach(words::add);
        }
        return new Claimant(entities, countries, roles, words);
    }

    private List<Figure> figures(String statement, Language language, List<Term> terms) {
        List<Figure> figures = new ArrayList<>();
        for (ExtractedQuantity quantity : StatementQuantities.read(statement, language)) {
            int at = statement.indexOf(quantity.text());
            int position = at < 0 ? 0 : ClaimTokens.split(statement.substring(0, at)).size();
            String unit = null;
            String unitEvent = null;
            if (quantity.unit() != null) {
                Optional<MatchLexicon.Concept> concept = lexicon.word(quantity.unit().toLowerCase(Locale.ROOT));
                unit = concept.filter(found -> found.kind() == ConceptKind.UNIT).map(MatchLexicon.Concept::key)
                        .orElse(null);
                unitEvent = concept.filter(found -> found.kind() == ConceptKind.EVENT)
                        .map(MatchLexicon.Concept::key).orElse(null);
            }
            String event = unitEvent != null ? unitEvent : nearestEvent(terms, position).orElse(onlyEvent(terms));
            figures.add(new Figure(quantity.value(), quantity.low(), quantity.high(), quantity.qualifier(), unit,
                    event));
        }
        return figures;
    }

    /** The event a figure counts: the nearest event word after it ("4 killed"), else before it ("killed 4"). */
    private static Optional<String> nearestEvent(List<Term> terms, int position) {
        Term best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (Term term : terms) {
            if (term.kind() != ConceptKind.EVENT) {
                continue;
            }
            int offset = term.position() - position;
            boolean inWindow = offset >= 0 ? offset <= EVENT_WINDOW_AFTER : -offset <= EVENT_WINDOW_BEFORE;
            // Words after the number weigh a little more: "fire drepte" names what the four are.
            int distance = offset >= 0 ? 2 * offset : 2 * -offset + 1;
            if (inWindow && distance < bestDistance) {
                best = term;
                bestDistance = distance;
            }
        }
        return Optional.ofNullable(best).map(Term::key);
    }

    /** "The death toll from Monday's earthquake has risen to 12,000": far from the number, but the only event. */
    private static String onlyEvent(List<Term> terms) {
        List<String> events = terms.stream().filter(term -> term.kind() == ConceptKind.EVENT).map(Term::key)
                .distinct().toList();
        return events.size() == 1 ? events.get(0) : null;
    }
}
