package no.newsroom.support.rest;

import jakarta.ws.rs.core.EntityTag;

/** ETags are the entity's version number; {@code If-Match} must name the version a client edited. */
public final class EntityVersions {

    private EntityVersions() {
    }

    public static EntityTag tagOf(long version) {
        return new EntityTag(Long.toString(version));
    }

    /**
     * @throws PreconditionRequiredException without the header
     * @throws UnknownVersionException when the header names no version this service issued
     */
    public static long fromIfMatch(String ifMatch) {
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
            throw new UnknownVersionException();
        }
    }
}
