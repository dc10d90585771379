package no.newsroom.claims.extraction;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The word lists of one language, read from {@code extraction/lexicon-<language>.txt}, plus the outlet names shared
 * by all languages. Entries of several words match as token sequences, so "i underkant av" matches three tokens.
 */
final class Lexicon {

    private static final Map<Language, Lexicon> CACHE = new EnumMap<>(Language.class);
    private static final Set<String> OUTLETS = readOutlets();

    private final Map<String, Section> sections;

    private Lexicon(Map<String, Section> sections) {
        this.sections = sections;
    }

    static synchronized Lexicon of(Language language) {
        return CACHE.computeIfAbsent(language, lang -> new Lexicon(readSections("lexicon-" + lang.code() + ".txt")));
    }

    boolean contains(String section, Token token) {
        return section(section).words.contains(token.lower());
    }

    boolean contains(String section, String lowerWord) {
        return section(section).words.contains(lowerWord);
    }

    /** Length in tokens of the longest entry of the section that starts at {@code index}, or 0. */
    int matchAt(String section, List<Token> tokens, int index) {
        if (index < 0 || index >= tokens.size()) {
            return 0;
        }
        int best = 0;
        List<List<String>> entries = section(section).entriesByFirstWord.getOrDefault(tokens.get(index).lower(),
                List.of());
        for (List<String> entry : entries) {
            if (entry.size() > best && matches(entry, tokens, index)) {
                best = entry.size();
            }
        }
        return best;
    }

    /** Length in tokens of the longest entry of the section that ends just before {@code endExclusive}, or 0. */
    int matchEndingAt(String section, List<Token> tokens, int endExclusive) {
        int best = 0;
        for (int length = 1; length <= Math.min(4, endExclusive); length++) {
            if (matchAt(section, tokens, endExclusive - length) == length) {
                best = length;
            }
        }
        return best;
    }

    /** Index of the first token where an entry of the section starts, searching [from, to), or -1. */
    int find(String section, List<Token> tokens, int from, int to) {
        for (int i = Math.max(0, from); i < Math.min(to, tokens.size()); i++) {
            if (matchAt(section, tokens, i) > 0) {
                return i;
            }
        }
        return -1;
    }

    Optional<String> value(String section, List<Token> tokens, int index, int length) {
        StringBuilder key = new StringBuilder();
        for (int i = index; i < index + length; i++) {
            key.append(i > index ? " " : "").append(tokens.get(i).lower());
        }
        return Optional.ofNullable(section(section).values.get(key.toString()));
    }

    Set<String> words(String section) {
        return section(section).words;
    }

    Map<String, String> values(String section) {
        return section(section).values;
    }

    static boolean isKnownOutlet(String name) {
        return OUTLETS.contains(name);
    }

    /** "The New York Times" keeps its article; "the BBC" does not, since the article is not part of the name. */
    static boolean isKnownOutletWithArticle(String name) {
        return name.startsWith("The ") && OUTLETS.contains(name);
    }

    private static boolean matches(List<String> entry, List<Token> tokens, int index) {
        if (index + entry.size() > tokens.size()) {
            return false;
        }
        for (int i = 0; i < entry.size(); i++) {
            if (!tokens.get(index + i).lower().equals(entry.get(i))) {
                return false;
            }
        }
        return true;
    }

    private Section section(String name) {
        Section section = sections.get(name);
        if (section == null) {
            throw new IllegalStateException("No lexicon section [" + name + "]");
        }
        return section;
    }

    private static Map<String, Section> readSections(String resource) {
        Map<String, Section> sections = new HashMap<>();
        Section current = null;
        for (String line : readLines(resource)) {
            if (line.startsWith("[") && line.endsWith("]")) {
                current = sections.computeIfAbsent(line.substring(1, line.length() - 1), name -> new Section());
            } else if (current != null) {
                for (String entry : line.split(",")) {
                    current.add(entry.trim());
                }
            }
        }
        return sections;
    }

    private static Set<String> readOutlets() {
        return Set.copyOf(readLines("outlets.txt"));
    }

    private static List<String> readLines(String resource) {
        List<String> lines = new ArrayList<>();
        try (InputStream in = Lexicon.class.getResourceAsStream("/extraction/" + resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing resource extraction/" + resource);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String trimmed = line.strip();
                if (!trimmed.isEmpty() && !trimmed.startsWith("#")) {
                    lines.add(trimmed);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return lines;
    }

    private static final class Section {
        private final Set<String> words = new HashSet<>();
        private final Map<String, List<List<String>>> entriesByFirstWord = new HashMap<>();
        private final Map<String, String> values = new HashMap<>();

        void add(String entry) {
            if (entry.isEmpty()) {
                return;
            }
            String[] keyAndValue = entry.split("=", 2);
            List<String> words = Tokenizer.tokenize(keyAndValue[0].strip(), 0, keyAndValue[0].strip().length())
                    .stream().map(token -> token.text().toLowerCase(Locale.ROOT)).toList();
            if (words.isEmpty()) {
                return;
            }
            if (words.size() == 1) {
                this.words.add(words.get(0));
            }
            entriesByFirstWord.computeIfAbsent(words.get(0), first -> new ArrayList<>()).add(words);
            if (keyAndValue.length == 2) {
                values.put(String.join(" ", words), keyAndValue[1].strip());
            }
        }
    }
}
