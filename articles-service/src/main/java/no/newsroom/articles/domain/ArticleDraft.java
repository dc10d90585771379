package no.newsroom.articles.domain;

import java.util.List;

/** The editable content of an article as a client submits it. */
public record ArticleDraft(String title, String lead, String language, List<String> tags, List<String> authors,
                           List<BlockDraft> blocks) {
}
