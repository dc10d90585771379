package no.newsroom.claims.domain;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WebhookTargetPolicyTest {

    private static final WebhookTargetPolicy.HostResolver DNS = host -> switch (host) {
        case "hooks.partner.example" -> List.of(address("93.184.215.14"));
        case "sneaky.partner.example" -> List.of(address("93.184.215.14"), address("10.0.0.7"));
        case "localhost" -> List.of(address("127.0.0.1"), address("::1"));
        default -> {
            if (host.matches("[0-9a-fA-F.:\\[\\]]+")) {
                yield List.of(InetAddress.getByName(host));
            }
            throw new UnknownHostException(host);
        }
    };

    private final WebhookTargetPolicy production = new WebhookTargetPolicy(List.of(), DNS);

    @Test
    void shouldAllowAPublicHttpsReceiver() {
        assertDoesNotThrow(() -> production.check("https://hooks.partner.example/newsroom"));
        assertDoesNotThrow(() -> production.check("http://93.184.215.14:8080/hooks"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://localhost:8080/hooks", "http://127.0.0.1/hooks", "http://[::1]/hooks",
            "http://10.1.2.3/", "http://172.16.0.1/", "http://192.168.1.1/", "http://169.254.169.254/latest",
            "http://100.64.0.1/", "http://[fd00::1]/", "http://[fe80::1]/", "http://0.0.0.0/", "http://224.0.0.1/",
            "http://sneaky.partner.example/hooks"})
    void shouldRefuseLoopbackPrivateAndLinkLocalTargetsWithoutAnAllowList(String url) {
        assertThrows(WebhookTargetRefusedException.class, () -> production.check(url));
    }

    @ParameterizedTest
    @ValueSource(strings = {"ftp://hooks.partner.example/", "file:///etc/passwd", "gopher://hooks.partner.example/",
            "https://user:pass@hooks.partner.example/", "http://unknown.invalid/", "not a url"})
    void shouldRefuseOtherSchemesCredentialsAndUnknownHosts(String url) {
        assertThrows(WebhookTargetRefusedException.class, () -> production.check(url));
    }

    @Test
    void shouldAllowLoopbackOnlyWhenTheAllowListSaysSo() {
        var development = new WebhookTargetPolicy(List.of(AddressRange.parse("127.0.0.0/8"),
                AddressRange.parse("::1/128")), DNS);

        assertDoesNotThrow(() -> development.check("http://localhost:9000/hooks"));
        assertDoesNotThrow(() -> development.check("http://127.0.0.1:9000/hooks"));
        assertThrows(WebhookTargetRefusedException.class, () -> development.check("http://10.1.2.3/hooks"));
    }

    @Test
    void shouldMatchAddressRanges() {
        AddressRange range = AddressRange.parse("10.20.0.0/16");

        assertTrue(range.contains(address("10.20.255.1")));
        assertTrue(!range.contains(address("10.21.0.1")));
        assertTrue(!range.contains(address("::1")));
        assertThrows(IllegalArgumentException.class, () -> AddressRange.parse("example.com/8"));
    }

    private static InetAddress address(String literal) {
        try {
            return InetAddress.getByName(literal);
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException(e);
        }
    }
}
