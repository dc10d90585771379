package no.newsroom.claims.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import no.newsroom.claims.domain.WebhookEventTypes;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

@Schema(name = "WebhookRequest")
public record WebhookRequest(
        @NotBlank @Size(max = 2_000)
        @Pattern(regexp = WebhookRequest.HTTP_URL, message = "must be an http or https URL")
        @Schema(example = "https://hooks.partner.example/newsroom") String url,
        @NotEmpty @Size(max = 20)
        @Schema(example = "[\"article.published\", \"claim.approved\"]")
        List<@NotNull @Pattern(regexp = WebhookEventTypes.PATTERN, message = "is not a public event type") String>
                eventTypes) {

    static final String HTTP_URL = "(?i)https?://[^\\s]+";
}
