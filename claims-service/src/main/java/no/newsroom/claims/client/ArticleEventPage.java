package no.newsroom.claims.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.util.List;

@JsonIgnoreProperties(ignoreUnknown = true)
record ArticleEventPage(List<ArticleEvent> items) {
}
