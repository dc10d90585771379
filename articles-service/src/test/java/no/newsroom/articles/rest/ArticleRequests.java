package no.newsroom.articles.rest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Builds article request bodies; each test states only what matters to it. */
final class ArticleRequests {

    private final Map<String, Object> body = new HashMap<>();
    private final List<Map<String, Object>> blocks = new ArrayList<>();

    private ArticleRequests() {
        body.put("title", "Flyalarm i flere regioner");
        body.put("language", "nb");
        body.put("tags", List.of("ukraina"));
        body.put("authors", List.of("NTB"));
        body.put("blocks", blocks);
    }

    static ArticleRequests anArticle() {
        return new ArticleRequests();
    }

    ArticleRequests with(String field, Object value) {
        body.put(field, value);
        return this;
    }

    ArticleRequests paragraph(String text) {
        blocks.add(Map.of("type", "PARAGRAPH", "text", text));
        return this;
    }

    ArticleRequests block(Map<String, Object> block) {
        blocks.add(block);
        return this;
    }

    /** An existing block, named by id, with (possibly new) text. */
    ArticleRequests keep(String id, String text) {
        blocks.add(Map.of("id", id, "type", "PARAGRAPH", "text", text));
        return this;
    }

    ArticleRequests image(String caption, String credit) {
        blocks.add(Map.of("type", "IMAGE", "caption", caption, "credit", credit));
        return this;
    }

    Map<String, Object> build() {
        return body;
    }
}
