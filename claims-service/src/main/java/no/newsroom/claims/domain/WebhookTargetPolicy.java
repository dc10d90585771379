package no.newsroom.claims.domain;

import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Locale;

/**
 * Webhooks must not become a way to probe the cluster network: only http(s) URLs whose host resolves to public
 * addresses only, unless an address falls in an explicitly allowed range (local development allows loopback).
 */
public class WebhookTargetPolicy {

    private final List<AddressRange> allowed;
    private final HostResolver resolver;

    public WebhookTargetPolicy(List<AddressRange> allowed, HostResolver resolver) {
        this.allowed = List.copyOf(allowed);
        this.resolver = resolver;
    }

    /** @throws WebhookTargetRefusedException when the URL may not be called */
    public void check(String url) {
        URI uri = parse(url);
        for (InetAddress address : resolve(uri.getHost())) {
            if (isInternal(address) && allowed.stream().noneMatch(range -> range.contains(address))) {
                throw new WebhookTargetRefusedException(uri.getHost() + " resolves to " + address.getHostAddress()
                        + ", a loopback, private, link-local or otherwise non-public address");
            }
        }
    }

    private static URI parse(String url) {
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!scheme.equals("http") && !scheme.equals("https")) {
                throw new WebhookTargetRefusedException("Only http and https URLs can receive webhooks");
            }
            if (uri.getHost() == null || uri.getRawUserInfo() != null) {
                throw new WebhookTargetRefusedException("The URL needs a host and no user information");
            }
            return uri;
        } catch (URISyntaxException e) {
            throw new WebhookTargetRefusedException("Not a valid URL: " + e.getMessage());
        }
    }

    private List<InetAddress> resolve(String host) {
        try {
            return resolver.resolve(host);
        } catch (UnknownHostException e) {
            throw new WebhookTargetRefusedException("The host " + host + " does not resolve");
        }
    }

    static boolean isInternal(InetAddress address) {
        byte[] bytes = address.getAddress();
        boolean uniqueLocal = bytes.length == 16 && (bytes[0] & 0xfe) == 0xfc;
        boolean carrierGradeNat = bytes.length == 4 && (bytes[0] & 0xff) == 100 && (bytes[1] & 0xc0) == 64;
        boolean ipv4Mapped = bytes.length == 16 && isIpv4Mapped(bytes);
        return address.isLoopbackAddress() || address.isAnyLocalAddress() || address.isSiteLocalAddress()
                || address.isLinkLocalAddress() || address.isMulticastAddress() || uniqueLocal || carrierGradeNat
                || ipv4Mapped;
    }

    /** {@code ::ffff:10.0.0.1} would reach an IPv4 address the checks above do not see; refuse them all. */
    private static boolean isIpv4Mapped(byte[] bytes) {
        for (int i = 0; i < 10; i++) {
            if (bytes[i] != 0) {
                return false;
            }
        }
        return (bytes[10] & 0xff) == 0xff && (bytes[11] & 0xff) == 0xff;
    }

    /** DNS lookup, replaceable in tests. */
    @FunctionalInterface
    public interface HostResolver {

        List<InetAddress> resolve(String host) throws UnknownHostException;

        static HostResolver system() {
            return host -> List.of(InetAddress.getAllByName(host));
        }
    }
}
