package no.newsroom.claims.service;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import no.newsroom.claims.repository.ClaimRepository;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * The serialised claims of one article, kept per article and viewer (what a caller's view depends on) for the
 * digest they were written at. A read asks the database for the current digest first, so a kept answer is served
 * only while it is current, on every instance, without any invalidation message. A kept answer written from data
 * newer than its digest is harmless: the next read sees another digest and writes it again.
 */
@ApplicationScoped
public class ArticleClaimsRepresentations {

    private final ClaimRepository claims;
    private final Cache<Key, ArticleClaims> kept;

    public ArticleClaimsRepresentations(ClaimRepository claims,
                                        @ConfigProperty(name = "claims.representation-cache.max-bytes")
                                        long maxBytes) {
        this.claims = claims;
        this.kept = Caffeine.newBuilder()
                .maximumWeight(maxBytes)
                .<Key, ArticleClaims>weigher((key, answer) -> answer.json().length)
                .build();
    }

    /** The digest of the article's claims now; read it before the claims themselves. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public String digest(UUID articleId) {
        return claims.digestOfArticle(articleId);
    }

    /** The ETag of the answer for this digest and viewer. */
    public static String tagOf(String digest, String viewer) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            byte[] hash = sha.digest((digest + "\n" + viewer).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always available", e);
        }
    }

    /** The answer kept for this digest or, when the claims changed since, the one {@code write} gives now. */
    public ArticleClaims of(UUID articleId, String viewer, String digest, Supplier<byte[]> write) {
        Key key = new Key(articleId, viewer);
        ArticleClaims known = kept.getIfPresent(key);
        if (known != null && known.digest().equals(digest)) {
            return known;
        }
        ArticleClaims fresh = new ArticleClaims(digest, write.get());
        kept.put(key, fresh);
        return fresh;
    }

    /** The JSON of an article's claims as one viewer sees them, written when the claims had this digest. */
    public record ArticleClaims(String digest, byte[] json) {
    }

    private record Key(UUID articleId, String viewer) {
    }
}
