package no.newsroom.devsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;

/** The RSA key pair local runs sign and verify JWTs with, generated on first use outside the repository. */
public final class DevKeys {

    private static final String PRIVATE_KEY_FILE = "privateKey.pem";
    private static final String PUBLIC_KEY_FILE = "publicKey.pem";

    private final Path directory;

    private DevKeys(Path directory) {
        this.directory = directory;
    }

    /** {@code ./suite} calls this to create the key pair before the services start; prints the public key path. */
    public static void main(String[] args) {
        System.out.println(inDevHome().ensureExist().publicKeyFile());
    }

    public static DevKeys inDevHome() {
        return in(DevHome.directory().resolve("jwt"));
    }

    public static DevKeys in(Path directory) {
        return new DevKeys(directory);
    }

    public Path publicKeyFile() {
        return directory.resolve(PUBLIC_KEY_FILE);
    }

    /** The gateway and claims-service sign their own short-lived service tokens with it in dev mode. */
    public Path privateKeyFile() {
        return directory.resolve(PRIVATE_KEY_FILE);
    }

    public synchronized DevKeys ensureExist() {
        if (Files.exists(privateKeyFile()) && Files.exists(publicKeyFile())) {
            return this;
        }
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            KeyPair pair = generator.generateKeyPair();
            Files.createDirectories(directory);
            Files.writeString(privateKeyFile(), pem("PRIVATE KEY", pair.getPrivate().getEncoded()));
            Files.writeString(publicKeyFile(), pem("PUBLIC KEY", pair.getPublic().getEncoded()));
            return this;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("RSA is not available in this JDK", e);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the dev keys to " + directory, e);
        }
    }

    public PrivateKey privateKey() {
        try {
            String pem = Files.readString(privateKeyFile());
            String base64 = pem.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
            return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(base64)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("The dev private key is unreadable; delete " + directory + " to renew it", e);
        }
    }

    private static String pem(String type, byte[] der) {
        String body = Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(der);
        return "-----BEGIN " + type + "-----\n" + body + "\n-----END " + type + "-----\n";
    }
}
