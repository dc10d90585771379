package no.newsroom.claims.domain;

import java.math.BigInteger;
import java.net.InetAddress;
import java.net.UnknownHostException;

/** A CIDR block such as {@code 127.0.0.0/8} or {@code ::1/128}. */
public record AddressRange(byte[] network, int prefixLength) {

    public static AddressRange parse(String cidr) {
        String[] parts = cidr.strip().split("/", 2);
        try {
            // Only literal addresses are accepted here: getByName does not resolve them.
            if (!parts[0].matches("[0-9a-fA-F.:]+")) {
                throw new IllegalArgumentException("Not an IP address range: " + cidr);
            }
            byte[] address = InetAddress.getByName(parts[0]).getAddress();
            int prefix = parts.length == 2 ? Integer.parseInt(parts[1]) : address.length * 8;
            if (prefix < 0 || prefix > address.length * 8) {
                throw new IllegalArgumentException("Prefix length out of range: " + cidr);
            }
            return new AddressRange(address, prefix);
        } catch (UnknownHostException | NumberFormatException e) {
            throw new IllegalArgumentException("Not an IP address range: " + cidr, e);
        }
    }

    public boolean contains(InetAddress address) {
        byte[] candidate = address.getAddress();
        if (candidate.length != network.length) {
            return false;
        }
        int bits = network.length * 8;
        BigInteger mask = BigInteger.ONE.shiftLeft(bits).subtract(BigInteger.ONE)
                .shiftRight(prefixLength).not().and(BigInteger.ONE.shiftLeft(bits).subtract(BigInteger.ONE));
        return new BigInteger(1, candidate).and(mask).equals(new BigInteger(1, network).and(mask));
    }
}
