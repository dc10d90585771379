package no.newsroom.k8s;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import no.newsroom.k8s.StrictManifestParser.InvalidManifestException;
import org.junit.jupiter.api.Test;

/** Proves the checks can fail: purpose-made bad manifests under fixtures/ must be rejected or reported. */
class BrokenFixtureTest {

    private static final Overlay BROKEN = new Overlay("broken", true, true,
            Set.of(ObjectRef.configMap("stale-allow-list-entry")));

    @Test
    void shouldRejectAMisspeltFieldInsteadOfIgnoringIt() {
        // Given
        String yaml = fixture("unknown-field.yaml");

        // When
        InvalidManifestException rejection = assertThrows(InvalidManifestException.class,
                () -> new StrictManifestParser().parse(yaml));

        // Then
        assertTrue(rejection.getMessage().contains("readOnlyRootFileSystem"), rejection.getMessage());
        assertTrue(rejection.getMessage().contains("Deployment misspelt"), rejection.getMessage());
    }

    @Test
    void shouldRejectAKindTheOverlaysAreNotExpectedToRender() {
        // Given
        String yaml = fixture("unexpected-kind.yaml");

        // When
        InvalidManifestException rejection = assertThrows(InvalidManifestException.class,
                () -> new StrictManifestParser().parse(yaml));

        // Then
        assertTrue(rejection.getMessage().contains("postgresql.cnpg.io/v1/Cluster"), rejection.getMessage());
    }

    @Test
    void shouldReportMissingAndMisdirectedHealthProbes() {
        // Given
        ManifestRules rules = brokenRules();

        // When
        List<String> violations = rules.probeViolations();

        // Then
        assertReported(violations, "container broken-service has no startupProbe");
        assertReported(violations, "container broken-service has a livenessProbe on not an HTTP GET instead of "
                + "/q/health/live");
        assertReported(violations, "container broken-service has a readinessProbe on /health instead of "
                + "/q/health/ready");
        assertReported(violations, "container sidecar has no livenessProbe");
    }

    @Test
    void shouldReportMissingRequestsAndLimits() {
        // Given
        ManifestRules rules = brokenRules();

        // When
        List<String> violations = rules.resourceViolations();

        // Then
        assertReported(violations, "container broken-service has no cpu limit");
        assertReported(violations, "container broken-service requests more memory than its limit");
        assertReported(violations, "container sidecar has no memory request");
    }

    @Test
    void shouldReportEveryWeakenedSecurityContextSetting() {
        // Given
        ManifestRules rules = brokenRules();

        // When
        List<String> violations = rules.securityContextViolations();

        // Then
        assertReported(violations, "container broken-service does not set runAsNonRoot: true");
        assertReported(violations, "container broken-service runs as uid 0");
        assertReported(violations, "container broken-service does not set readOnlyRootFilesystem: true");
        assertReported(violations, "container broken-service does not set allowPrivilegeEscalation: false");
        assertReported(violations, "container broken-service does not drop ALL capabilities");
        assertReported(violations, "container broken-service adds capabilities [NET_ADMIN]");
        assertReported(violations, "container broken-service has no RuntimeDefault seccomp profile");
        assertReported(violations, "container broken-service has no emptyDir at /tmp");
    }

    @Test
    void shouldReportUntaggedImagesAndSnapshotsInAReleaseOverlay() {
        // Given
        ManifestRules rules = brokenRules();

        // When
        List<String> violations = rules.imageViolations();

        // Then
        assertReported(violations, "container sidecar uses image busybox without a tag");
        assertReported(violations, "uses a development image in broken: "
                + "registry.example/newsroom/broken-service:1.0.0-SNAPSHOT");
    }

    @Test
    void shouldReportSelectorsAndScaleTargetsThatMatchNothing() {
        // Given
        ManifestRules rules = brokenRules();

        // When
        List<String> violations = rules.selectorViolations();

        // Then
        assertReported(violations, "Service broken-service selects {app.kubernetes.io/name=brokn-service} but no "
                + "Deployment or StatefulSet has these pod labels");
        assertReported(violations, "HorizontalPodAutoscaler broken-service scales Deployment brokn-service");
    }

    @Test
    void shouldReportReferencesThatNobodyProvidesAndCommittedSecrets() {
        // Given
        ManifestRules rules = brokenRules();

        // When
        List<String> violations = rules.referenceViolations();

        // Then
        assertReported(violations, "refers to ConfigMap broken-service-config, which is neither rendered");
        assertReported(violations, "refers to Secret broken-db-credentials, which is neither rendered");
        assertReported(violations, "Ingress broken-service refers to Secret broken-tls");
        assertReported(violations, "ConfigMap stale-allow-list-entry is listed as provided outside the broken "
                + "overlay, but nothing refers to it");
        assertReported(violations, "renders Secret committed-credentials");
        assertReported(violations, "Ingress broken-service routes to Service missing-service");
    }

    @Test
    void shouldReportPortsThatDisagreeWithTheServicesQuarkusConfig() {
        // Given the fixture's application.properties says %prod.quarkus.http.port=8081
        ManifestRules rules = brokenRules();

        // When
        List<String> violations = rules.portViolations();

        // Then
        assertReported(violations, "declares ports [8080] but broken-service listens on 8081");
        assertReported(violations, "probes port http but broken-service answers health checks on 8081");
        assertReported(violations, "Service broken-service-metrics port 9000 targets metrics");
    }

    @Test
    void shouldReadThePortFromTheProdProfileAndFallBackToTheQuarkusDefault() {
        // Given
        QuarkusHttpPorts ports = new QuarkusHttpPorts(fixturePath("broken"));

        // When
        int configured = ports.prodPortOf("broken-service");
        int unconfigured = ports.prodPortOf("service-without-module");

        // Then
        assertEquals(8081, configured);
        assertEquals(QuarkusHttpPorts.QUARKUS_DEFAULT_PORT, unconfigured);
    }

    private static ManifestRules brokenRules() {
        Manifests manifests = new Manifests(new StrictManifestParser().parse(fixture("broken/rendered.yaml")));
        return new ManifestRules(manifests, BROKEN, new QuarkusHttpPorts(fixturePath("broken")));
    }

    private static void assertReported(List<String> violations, String expected) {
        assertTrue(violations.stream().anyMatch(violation -> violation.contains(expected)),
                () -> "expected a violation containing '" + expected + "' among:\n" + String.join("\n", violations));
    }

    private static String fixture(String name) {
        try {
            return Files.readString(fixturePath(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path fixturePath(String name) {
        URL resource = Objects.requireNonNull(BrokenFixtureTest.class.getResource("/fixtures/" + name), name);
        try {
            return Path.of(resource.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
