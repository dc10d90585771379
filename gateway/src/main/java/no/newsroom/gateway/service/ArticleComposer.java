package no.newsroom.gateway.service;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.MediaType;
import no.newsroom.gateway.client.ArticlesClient;
import no.newsroom.gateway.client.ClaimsClient;
import no.newsroom.gateway.client.Downstream;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Builds the article page clients render: the article from articles-service with each block's claims from
 * claims-service attached. Claims are optional: without them the article still comes back, marked degraded.
 */
@ApplicationScoped
public class ArticleComposer {

    /**
     * Fields only staff may see, null for readers as the Claim schema documents; cleared here too, so a misbehaving
     * backend cannot leak them to readers.
     */
    private static final List<String> STAFF_ONLY = List.of("proposedBy", "assignee", "recheckBy", "conflict",
            "verdictSharedFrom", "allowedTransitions", "mayApprove");

    private final ArticlesClient articles;
    private final ClaimsClient claims;
    private final ObjectMapper json;
    private final KeptCompositions compositions;

    public ArticleComposer(ArticlesClient articles, ClaimsClient claims, ObjectMapper json,
                           KeptCompositions compositions) {
        this.articles = articles;
        this.claims = claims;
        this.json = json;
        this.compositions = compositions;
    }

    /**
     * One call to each service. With an id both run in parallel, and each revalidates what the last composition for
     * this id and viewer kept: a service that answers 304 sends nothing, and when both do the kept composition is
     * the answer. A slug must be resolved to an id first. A non-2xx article answer is returned as is so the caller
     * can pass the problem on. Callers who are not staff see every claim with its public status only.
     *
     * @param viewer who the answer is for as far as the services' answers differ: the same for every reader
     */
    public Uni<Downstream> compose(String idOrSlug, boolean staff, String viewer) {
        if (isUuid(idOrSlug)) {
            KeptCompositions.Key key = new KeptCompositions.Key(idOrSlug, viewer);
            Optional<KeptCompositions.Composition> kept = compositions.get(key);
            return Uni.combine().all().unis(
                            articles.article(idOrSlug, kept.map(last -> last.article().etag()).orElse(null)),
                            claims.claimsOfArticle(idOrSlug, kept.map(last -> last.claims().etag()).orElse(null)))
                    .asTuple()
                    .map(both -> revalidated(key, kept, both.getItem1(), both.getItem2(), staff));
        }
        return articles.article(idOrSlug).flatMap(article -> article.isSuccessful()
                ? claims.claimsOfArticle(article.read(json, ArticleHead.class).id(), null)
                        .map(found -> attach(article, found, staff))
                : Uni.createFrom().item(article));
    }

    private Downstream revalidated(KeptCompositions.Key key, Optional<KeptCompositions.Composition> kept,
                                   Downstream article, Optional<Downstream> claimsOfArticle, boolean staff) {
        if (kept.isPresent()) {
            KeptCompositions.Composition last = kept.get();
            Downstream currentArticle = KeptCompositions.Composition.stillCurrent(last.article(), article);
            Optional<Downstream> currentClaims =
                    claimsOfArticle.map(answer -> KeptCompositions.Composition.stillCurrent(last.claims(), answer));
            if (currentArticle == last.article() && currentClaims.orElse(null) == last.claims()) {
                return last.composed();
            }
            return keep(key, currentArticle, currentClaims, staff);
        }
        return keep(key, article, claimsOfArticle, staff);
    }

    private Downstream keep(KeptCompositions.Key key, Downstream article, Optional<Downstream> claimsOfArticle,
                            boolean staff) {
        Downstream composed = attach(article, claimsOfArticle, staff);
        if (revalidatable(article) && claimsOfArticle.filter(ArticleComposer::revalidatable).isPresent()) {
            compositions.put(key, new KeptCompositions.Composition(article, claimsOfArticle.get(), composed));
        }
        return composed;
    }

    private Downstream attach(Downstream article, Optional<Downstream> claimsOfArticle, boolean staff) {
        if (!article.isSuccessful()) {
            return article;
        }
        Optional<Downstream> page = claimsOfArticle.filter(Downstream::isSuccessful);
        List<ClaimAttachment.Claim> found = page.map(answer -> ClaimAttachment.claimsOf(answer.body()))
                .map(items -> staff ? items : items.stream().map(this::publicView).toList())
                .orElse(null);
        byte[] body = ClaimAttachment.attach(article.body(), found);
        return new Downstream(200, MediaType.APPLICATION_JSON, etagOf(article.etag(), staff, page), null, body);
    }

    private ClaimAttachment.Claim publicView(ClaimAttachment.Claim claim) {
        try {
            ObjectNode view = (ObjectNode) json.readTree(claim.json());
            if (view.hasNonNull("publicStatus")) {
                view.set("status", view.get("publicStatus"));
            }
            view.put("pendingApproval", false);
            STAFF_ONLY.forEach(view::putNull);
            return new ClaimAttachment.Claim(claim.blockId(), json.writeValueAsBytes(view));
        } catch (IOException | ClassCastException e) {
            throw new IllegalStateException("claims-service sent a claim that is not a JSON object", e);
        }
    }

    /**
     * The ETag covers what this caller sees: the article version, the view, and the claims as claims-service sent
     * them (the view is derived from those, so hashing the raw answer avoids writing the claims again).
     */
    private static String etagOf(String articleEtag, boolean staff, Optional<Downstream> claimsPage) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update((articleEtag + "|" + (staff ? "staff" : "public") + "|").getBytes(StandardCharsets.UTF_8));
            digest.update(claimsPage.map(Downstream::body).orElse("unavailable".getBytes(StandardCharsets.UTF_8)));
            return "\"" + HexFormat.of().formatHex(digest.digest(), 0, 12) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always available", e);
        }
    }

    private static boolean revalidatable(Downstream answer) {
        return answer.status() == 200 && answer.etag() != null;
    }

    private static boolean isUuid(String value) {
        try {
            return UUID.fromString(value).toString().equalsIgnoreCase(value);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
