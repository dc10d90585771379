package no.newsroom.claims.rest;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import no.newsroom.claims.domain.WebhookEventTypes;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

@Schema(name = "WebhookPatch", description = "Fields left out stay as they are")
public record WebhookPatchRequest(
        @Size(min = 1, max = 2_000) @Pattern(regexp = WebhookRequest.HTTP_URL, message = "must be an http or https URL")
        @Schema(example = "https://hooks.partner.example/newsroom/v2") String url,
        @Size(min = 1, max = 20)
        List<@NotNull @Pattern(regexp = WebhookEventTypes.PATTERN, message = "is not a public event type") String>
                eventTypes,
        @Schema(description = "true pauses (deliveries queue up), false resumes and re-enables a disabled "
                + "subscription", example = "true") Boolean paused) {
}
