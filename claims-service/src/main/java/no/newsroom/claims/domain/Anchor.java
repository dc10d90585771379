package no.newsroom.claims.domain;

import java.util.UUID;

/** Where in an article a claim is reported: a block and the quoted character range of its text. */
public record Anchor(UUID blockId, int start, int end, String quote) {
}
