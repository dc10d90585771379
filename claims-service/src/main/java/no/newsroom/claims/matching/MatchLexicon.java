package no.newsroom.claims.matching;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import no.newsroom.claims.extraction.Language;

/**
 * The bilingual concept lexicon ({@code matching/lexicon.txt}) and the stop words of each language
 * ({@code matching/stopwords.txt}), read once.
 */
final class MatchLexicon {

    private static final int MIN_COMPOUND_HEAD = 4;
    private static final int MIN_COMPOUND_LENGTH = 7;
    private static final int MAX_CACHED_WORDS = 200_000;

    private final Map<String, Concept> words = new HashMap<>();
    private final Map<String, List<Phrase>> phrasesByFirstWord = new HashMap<>();
    private final List<Prefix> prefixes = new ArrayList<>();
    private final Map<Language, Set<String>> stopWords = new HashMap<>();
    // Prefix and compound lookups scan every prefix entry; news vocabulary repeats, so each word is looked up once.
    private final Map<String, Optional<Concept>> wordCache = new ConcurrentHashMap<>();
    private final Map<String, Optional<Compound>> compoundCache = new ConcurrentHashMap<>();

    record Concept(String key, ConceptKind kind) {
    }

    private record Phrase(List<String> words, Concept concept) {
    }

    private record Prefix(String start, Concept concept) {
    }

    /** A concept found at a token position, and how many tokens it covers. */
    record Hit(Concept concept, int length) {
    }

    static MatchLexicon load() {
        MatchLexicon lexicon = new MatchLexicon();
        lexicon.readConcepts(lines("matching/lexicon.txt"));
        lexicon.readStopWords(lines("matching/stopwords.txt"));
        lexicon.prefixes.sort(Comparator.comparingInt((Prefix prefix) -> prefix.start.length()).reversed());
        lexicon.phrasesByFirstWord.values()
                .forEach(list -> list.sort(Comparator.comparingInt((Phrase phrase) -> phrase.words.size()).reversed()));
        return lexicon;
    }

    boolean isStopWord(String lowerWord, Language language) {
        return stopWords.getOrDefault(language, Set.of()).contains(lowerWord);
    }

    /** The longest phrase of two or more words starting at {@code index}. */
    Optional<Hit> phraseAt(List<String> tokens, int index) {
        for (Phrase phrase : phrasesByFirstWord.getOrDefault(tokens.get(index), List.of())) {
            int length = phrase.words.size();
            if (index + length <= tokens.size() && tokens.subList(index, index + length).equals(phrase.words)) {
                return Optional.of(new Hit(phrase.concept, length));
            }
        }
        return Optional.empty();
    }

    /** One word: an exact entry, a prefix entry, or the head of a Norwegian compound ("skogbrannen" is a fire). */
    Optional<Concept> word(String lowerWord) {
        return cached(wordCache, lowerWord, word -> {
            Optional<Concept> direct = wholeWord(word);
            return direct.isPresent() ? direct : compound(word).map(Compound::head);
        });
    }

    /** A compound's head concept and what comes before it: "bussulykken" is an accident, "buss" its modifier. */
    record Compound(String modifier, Concept head) {
    }

    Optional<Compound> compound(String lowerWord) {
        return cached(compoundCache, lowerWord, this::splitCompound);
    }

    private static <T> Optional<T> cached(Map<String, Optional<T>> cache, String word,
                                          Function<String, Optional<T>> lookup) {
        if (cache.size() > MAX_CACHED_WORDS) {
            cache.clear();
        }
        return cache.computeIfAbsent(word, lookup);
    }

    private Optional<Compound> splitCompound(String lowerWord) {
        if (lowerWord.length() < MIN_COMPOUND_LENGTH || wholeWord(lowerWord).isPresent()) {
            return Optional.empty();
        }
        for (int split = 3; split <= lowerWord.length() - MIN_COMPOUND_HEAD; split++) {
            Optional<Concept> head = wholeWord(lowerWord.substring(split));
            if (head.isPresent()) {
                return Optional.of(new Compound(lowerWord.substring(0, split), head.get()));
            }
        }
        return Optional.empty();
    }

    private Optional<Concept> wholeWord(String lowerWord) {
        Concept exact = words.get(lowerWord);
        if (exact != null) {
            return Optional.of(exact);
        }
        return prefixes.stream().filter(prefix -> lowerWord.startsWith(prefix.start)).findFirst()
                .map(Prefix::concept);
    }

    private void readConcepts(List<String> lines) {
        ConceptKind kind = null;
        Concept concept = null;
        for (String line : lines) {
            if (line.startsWith("[")) {
                kind = kindOf(line.substring(1, line.indexOf(']')));
                concept = null;
                continue;
            }
            String entries = line;
            int colon = line.indexOf(':');
            if (colon > 0 && line.substring(0, colon).matches("[A-Z_Ø]+")) {
                concept = new Concept(line.substring(0, colon), kind);
                entries = line.substring(colon + 1);
            }
            if (concept == null) {
                throw new IllegalStateException("lexicon entries before a concept name: " + line);
            }
            for (String entry : entries.split(",")) {
                add(entry.strip().toLowerCase(Locale.ROOT), concept);
            }
        }
    }

    private static ConceptKind kindOf(String section) {
        return switch (section) {
            case "events" -> ConceptKind.EVENT;
            case "units" -> ConceptKind.UNIT;
            case "entities" -> ConceptKind.ENTITY;
            case "countries" -> ConceptKind.COUNTRY;
            case "places" -> ConceptKind.PLACE;
            case "topics" -> ConceptKind.TOPIC;
            case "roles" -> ConceptKind.ROLE;
            case "forecasts" -> ConceptKind.FORECAST;
            case "denials" -> ConceptKind.DENIAL;
            default -> throw new IllegalStateException("unknown lexicon section " + section);
        };
    }

    private void add(String entry, Concept concept) {
        if (entry.isEmpty()) {
            return;
        }
        List<String> entryWords = ClaimTokens.split(entry);
        if (entryWords.size() > 1) {
            phrasesByFirstWord.computeIfAbsent(entryWords.get(0), first -> new ArrayList<>())
                    .add(new Phrase(entryWords, concept));
        } else if (entry.endsWith("*")) {
            prefixes.add(new Prefix(entry.substring(0, entry.length() - 1), concept));
        } else {
            words.putIfAbsent(entry, concept);
        }
    }

    private void readStopWords(List<String> lines) {
        Language language = null;
        for (String line : lines) {
            if (line.startsWith("[")) {
                language = Language.fromTag(line.substring(1, line.indexOf(']'))).orElseThrow();
                continue;
            }
            Set<String> words = stopWords.computeIfAbsent(language, any -> new HashSet<>());
            for (String word : line.split(",")) {
                if (!word.isBlank()) {
                    words.add(word.strip().toLowerCase(Locale.ROOT));
                }
            }
        }
    }

    private static List<String> lines(String resource) {
        InputStream stream = MatchLexicon.class.getClassLoader().getResourceAsStream(resource);
        if (stream == null) {
            throw new IllegalStateException("missing resource " + resource);
        }
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
            return reader.lines().map(String::strip).filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
