package no.newsroom.claims.domain;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WebhookSignatureTest {

    /** The example of the Standard Webhooks specification, so any compliant receiver library accepts ours. */
    private static final String SPEC_SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
    private static final String SPEC_ID = "msg_p5jXN8AQM9LWM0D4loKWxJek";
    private static final long SPEC_TIMESTAMP = 1_614_265_330L;
    private static final String SPEC_BODY = "{\"test\": 2432232314}";

    @Test
    void shouldSignLikeTheStandardWebhooksSpecification() {
        assertEquals("v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=",
                WebhookSignature.sign(SPEC_SECRET, SPEC_ID, SPEC_TIMESTAMP, SPEC_BODY));
    }

    @Test
    void shouldSendOneSignaturePerValidSecretSeparatedBySpaces() {
        String other = WebhookSecrets.generate();

        String header = WebhookSignature.header(List.of(other, SPEC_SECRET), SPEC_ID, SPEC_TIMESTAMP, SPEC_BODY);

        assertEquals(List.of(WebhookSignature.sign(other, SPEC_ID, SPEC_TIMESTAMP, SPEC_BODY),
                "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE="), List.of(header.split(" ")));
    }

    @Test
    void shouldGenerateThirtyTwoRandomBytesInTheWhsecFormat() {
        String secret = WebhookSecrets.generate();

        assertTrue(secret.matches("whsec_[A-Za-z0-9+/]{43}="), secret);
        assertEquals(32, WebhookSecrets.keyOf(secret).length);
        assertTrue(!secret.equals(WebhookSecrets.generate()));
    }
}
