package no.newsroom.gateway.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import no.newsroom.gateway.client.Downstream;
import no.newsroom.gateway.config.CacheConfig;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Published article reads in the public view (what anonymous callers and readers get), kept for a few seconds:
 * live articles are read by many at once. Entries go when they expire or when an event concerns their article,
 * whichever comes first.
 */
@ApplicationScoped
public class PublishedArticleCache {

    private final CacheConfig config;
    private final ObjectMapper json;
    private final Map<String, Entry> entries = new ConcurrentHashMap<>();

    public PublishedArticleCache(CacheConfig config, ObjectMapper json) {
        this.config = config;
        this.json = json;
    }

    public Optional<Downstream> get(String key) {
        Entry entry = entries.get(key);
        if (entry == null || entry.expiresAt() < System.nanoTime()) {
            return Optional.empty();
        }
        return Optional.of(entry.answer());
    }

    /** Keeps {@code answer} only if it is a published article: drafts must never reach a reader. */
    public void putIfPublished(String key, Downstream answer) {
        if (!config.enabled() || answer.status() != 200 || answer.body() == null) {
            return;
        }
        JsonNode article = read(answer.body());
        if (!"PUBLISHED".equals(article.path("status").asText()) || !makeRoom()) {
            return;
        }
        long expiresAt = System.nanoTime() + config.ttl().toNanos();
        entries.put(key, new Entry(article.path("id").asText(), answer, expiresAt));
    }

    public void invalidate(String articleId) {
        if (articleId != null) {
            entries.values().removeIf(entry -> entry.articleId().equals(articleId));
        }
    }

    private boolean makeRoom() {
        if (entries.size() >= config.maxEntries()) {
            long now = System.nanoTime();
            entries.values().removeIf(entry -> entry.expiresAt() < now);
        }
        return entries.size() < config.maxEntries();
    }

    private JsonNode read(String body) {
        try {
            return json.readTree(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("articles-service sent invalid JSON", e);
        }
    }

    private record Entry(String articleId, Downstream answer, long expiresAt) {
    }
}
