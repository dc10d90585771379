package no.newsroom.gateway.service;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** An article with its claims attached, and the ETag that changes when either changes. */
public record ComposedArticle(ObjectNode body, String etag) {
}
