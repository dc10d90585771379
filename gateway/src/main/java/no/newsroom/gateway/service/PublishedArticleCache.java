package no.newsroom.gateway.service;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import no.newsroom.gateway.client.Downstream;
import no.newsroom.gateway.config.CacheConfig;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

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
    private final Map<String, CompletableFuture<Downstream>> loading = new ConcurrentHashMap<>();

    public PublishedArticleCache(CacheConfig config, ObjectMapper json) {
        this.config = config;
        this.json = json;
    }

    /**
     * The cached answer, or the answer of {@code load}. Callers who miss the cache while a load for the same key is
     * under way wait for that load instead of starting their own: when a live article's entry expires under heavy
     * reading, the services see one request, not one per waiting reader.
     */
    public Uni<Downstream> getOrLoad(String key, Supplier<Uni<Downstream>> load) {
        Optional<Downstream> kept = cached(key);
        if (kept.isPresent()) {
            return Uni.createFrom().item(kept.get());
        }
        CompletableFuture<Downstream> started = new CompletableFuture<>();
        CompletableFuture<Downstream> running = loading.putIfAbsent(key, started);
        if (running != null) {
            return Uni.createFrom().completionStage(running);
        }
        load.get().subscribe().with(answer -> {
            putIfPublished(key, answer);
            loading.remove(key, started);
            started.complete(answer);
        }, failure -> {
            loading.remove(key, started);
            started.completeExceptionally(failure);
        });
        return Uni.createFrom().completionStage(started);
    }

    /** The answer kept under {@code key}, while it has not expired. */
    public Optional<Downstream> cached(String key) {
        Entry entry = entries.get(key);
        if (entry == null || entry.expiresAt() < System.nanoTime()) {
            return Optional.empty();
        }
        return Optional.of(entry.answer());
    }

    /**
     * Keeps {@code answer} only if it is a published article (drafts must never reach a reader) composed with its
     * claims when they were asked for: a degraded answer would hide the claims for a whole TTL after claims-service
     * is back.
     */
    private void putIfPublished(String key, Downstream answer) {
        if (!config.enabled() || answer.status() != 200 || answer.body() == null) {
            return;
        }
        ArticleHead article = answer.read(json, ArticleHead.class);
        if (!article.published() || article.degraded() || !makeRoom()) {
            return;
        }
        long expiresAt = System.nanoTime() + config.ttl().toNanos();
        entries.put(key, new Entry(article.id(), answer, expiresAt));
    }

    public void invalidate(String articleId) {
        if (articleId != null) {
            entries.values().removeIf(entry -> articleId.equals(entry.articleId()));
        }
    }

    private boolean makeRoom() {
        if (entries.size() >= config.maxEntries()) {
            long now = System.nanoTime();
            entries.values().removeIf(entry -> entry.expiresAt() < now);
        }
        return entries.size() < config.maxEntries();
    }

    private record Entry(String articleId, Downstream answer, long expiresAt) {
    }
}
