package no.newsroom.claims.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** One item of articles-service's event feed; fields this service does not use are ignored. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ArticleEvent(long id, String type, Instant occurredAt, UUID subjectId, UUID articleId,
                           @JsonProperty("public") boolean isPublic, Map<String, Object> data) {

    public static final String BLOCK_CHANGED = "article.blockChanged";

    /** The article's status after the change, which every event but a block change reports. */
    public Optional<String> articleStatus() {
        return BLOCK_CHANGED.equals(type) ? Optional.empty() : Optional.ofNullable(dataText("status"));
    }

    public String dataText(String key) {
        Object value = data == null ? null : data.get(key);
        return value == null ? null : value.toString();
    }
}
