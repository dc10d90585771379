package no.newsroom.claims.domain;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The Standard Webhooks signature: {@code v1,<base64 HMAC-SHA256 of "id.timestamp.body">}. During a secret rotation
 * the header carries one signature per valid secret, separated by spaces; a receiver accepts any that matches.
 */
public final class WebhookSignature {

    private static final String ALGORITHM = "HmacSHA256";

    private WebhookSignature() {
    }

    public static String header(List<String> secrets, String messageId, long timestamp, String body) {
        return secrets.stream().map(secret -> sign(secret, messageId, timestamp, body))
                .collect(Collectors.joining(" "));
    }

    public static String sign(String secret, String messageId, long timestamp, String body) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(new SecretKeySpec(WebhookSecrets.keyOf(secret), ALGORITHM));
            byte[] signed = mac.doFinal((messageId + "." + timestamp + "." + body).getBytes(StandardCharsets.UTF_8));
            return "v1," + Base64.getEncoder().encodeToString(signed);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is part of every JDK", e);
        }
    }
}
