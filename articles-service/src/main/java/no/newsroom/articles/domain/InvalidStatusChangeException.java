package no.newsroom.articles.domain;

import no.newsroom.articles.model.ArticleStatus;

import java.util.Set;
import java.util.stream.Collectors;

public class InvalidStatusChangeException extends RuntimeException {

    public InvalidStatusChangeException(ArticleStatus from, ArticleStatus to, Set<ArticleStatus> allowed) {
        super("An article cannot go from " + from + " to " + to + "; allowed from " + from + ": "
                + (allowed.isEmpty() ? "none" : allowed.stream().map(Enum::name).sorted()
                .collect(Collectors.joining(", "))));
    }
}
