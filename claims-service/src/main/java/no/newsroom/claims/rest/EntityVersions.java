package no.newsroom.claims.rest;

import jakarta.ws.rs.core.EntityTag;
import no.newsroom.claims.domain.StaleVersionException;

/** ETags are the entity's version number; {@code If-Match} must name the version a client edited. */
final class EntityVersions {

    private EntityVersions() {
    }

    static EntityTag tagOf(long version) {
        return new EntityTag(Long.toString(version));
    }

    /**
     * @throws PreconditionRequiredException without the header
     * @throws StaleVersionException when the header names no version this service issued
     */
    static long fromIfMatch(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new PreconditionRequiredException();
        }
        String tag = ifMatch.strip();
        if (tag.startsWith("W/")) {
            tag = tag.substring(2);
        }
        tag = tag.replace("\"", "");
        try {
            return Long.parseLong(tag);
        } catch (NumberFormatException e) {
            throw new StaleVersionException(-1, -1);
        }
    }
}
