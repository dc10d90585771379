package no.newsroom.k8s;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every overlay under k8s/overlays, as {@code kubectl apply -k} would send it, against the deployment rules. */
class OverlayManifestsTest {

    private static final Set<String> SERVICES = Set.of("articles-service", "claims-service", "gateway");

    static List<Overlay> overlays() {
        return Overlay.all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("overlays")
    void shouldRenderADeploymentServiceAndConfigMapForEachService(Overlay overlay) {
        // Given the overlay rendered and parsed strictly
        Manifests manifests = RenderedOverlays.of(overlay);

        // When
        Set<String> deployments = names(manifests.ofType(Deployment.class));
        Set<String> services = names(manifests.ofType(Service.class));
        Set<String> configMaps = names(manifests.ofType(ConfigMap.class));

        // Then
        assertTrue(deployments.containsAll(SERVICES), "Deployments: " + deployments);
        assertTrue(services.containsAll(SERVICES), "Services: " + services);
        SERVICES.forEach(service -> assertTrue(configMaps.stream().anyMatch(name -> name.startsWith(service
                + "-config-")), "no generated ConfigMap for " + service + " in " + configMaps));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("overlays")
    void shouldExposeOnlyTheGatewayThroughTheIngress(Overlay overlay) {
        // Given
        Manifests manifests = RenderedOverlays.of(overlay);

        // When
        Set<String> backends = manifests.ofType(Ingress.class).stream()
                .flatMap(ingress -> ingress.getSpec().getRules().stream())
                .flatMap(rule -> rule.getHttp().getPaths().stream())
                .map(path -> path.getBackend().getService().getName())
                .collect(Collectors.toSet());

        // Then
        assertEquals(Set.of("gateway"), backends);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("overlays")
    void shouldProtectGatewayAndClaimsServiceWithADisruptionBudgetAndAnAutoscaler(Overlay overlay) {
        // Given
        Manifests manifests = RenderedOverlays.of(overlay);

        // When
        Set<String> budgets = names(manifests.ofType(PodDisruptionBudget.class));
        Set<String> scaled = manifests.ofType(HorizontalPodAutoscaler.class).stream()
                .map(autoscaler -> autoscaler.getSpec().getScaleTargetRef().getName())
                .collect(Collectors.toSet());

        // Then
        assertEquals(Set.of("gateway", "claims-service"), budgets);
        assertEquals(Set.of("gateway", "claims-service"), scaled);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("overlays")
    void shouldLetOnlyTheGatewayReachTheServicesAndClaimsServiceReachArticles(Overlay overlay) {
        // Given
        Manifests manifests = RenderedOverlays.of(overlay);

        // When
        Map<String, Set<String>> allowedPeers = manifests.ofType(NetworkPolicy.class).stream()
                .filter(policy -> SERVICES.contains(policy.getMetadata().getName()))
                .collect(Collectors.toMap(policy -> policy.getMetadata().getName(), policy -> policy.getSpec()
                        .getIngress().stream()
                        .flatMap(rule -> rule.getFrom().stream())
                        .map(peer -> peer.getPodSelector() != null
                                ? peer.getPodSelector().getMatchLabels().get("app.kubernetes.io/name")
                                : "namespace " + peer.getNamespaceSelector().getMatchLabels())
                        .collect(Collectors.toSet())));

        // Then
        assertEquals(Set.of("gateway", "claims-service"), allowedPeers.get("articles-service"));
        assertEquals(Set.of("gateway"), allowedPeers.get("claims-service"));
        assertEquals(Set.of("namespace {kubernetes.io/metadata.name=ingress-nginx}"), allowedPeers.get("gateway"));
        assertTrue(names(manifests.ofType(NetworkPolicy.class)).contains("default-deny-ingress"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("overlays")
    void shouldGiveEveryServiceContainerProbesOnTheThreeHealthPaths(Overlay overlay) {
        // Given
        ManifestRules rules = RenderedOverlays.rulesFor(overlay);

        // When
        List<String> violations = rules.probeViolations();

        // Then
        assertNoViolations(violations);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("overlays")
    void shouldGiveEveryContainerResourceRequestsAndLimits(Overlay overlay) {
        // Given
        ManifestRules rules = RenderedOverlays.rulesFor(overlay);

        // When
        List<String> violations = rules.resourceViolations();

        // Then
        assertNoViolations(violations);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("overlays")
    void shouldRunEveryContainerNonRootReadOnlyWithoutCapabilitiesUnderSeccomp(Overlay overlay) {
        // Given
        ManifestRules rules = RenderedOverlays.rulesFor(overlay);

        // When
        List<String> violations = rules.securityContextViolations();

        // Then
        assertNoViolations(violations);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("overlays")
    void shouldPinImageTagsAndDeployOnlyReleasesInProd(Overlay overlay) {
        // Given
        ManifestRules rules = RenderedOverlays.rulesFor(overlay);

        // When
        List<String> violations = rules.imageViolations();

        // Then
        assertNoViolations(violations);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("overlays")
    void shouldSelectExistingPodsWithEveryServiceBudgetAndAutoscaler(Overlay overlay) {
        // Given
        ManifestRules rules = RenderedOverlays.rulesFor(overlay);

        // When
        List<String> violations = rules.selectorViolations();

        // Then
        assertNoViolations(violations);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("overlays")
    void shouldRenderEveryReferencedConfigMapAndSecretOrListItAsProvidedOutside(Overlay overlay) {
        // Given
        ManifestRules rules = RenderedOverlays.rulesFor(overlay);

        // When
        List<String> violations = rules.referenceViolations();

        // Then
        assertNoViolations(violations);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("overlays")
    void shouldDeclareAndProbeThePortEachServiceListensOn(Overlay overlay) {
        // Given
        ManifestRules rules = RenderedOverlays.rulesFor(overlay);

        // When
        List<String> violations = rules.portViolations();

        // Then
        assertNoViolations(violations);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("overlays")
    void shouldReadTheClientCredentialsSecretsFromAnOptionalSecret(Overlay overlay) {
        // Given
        Manifests manifests = RenderedOverlays.of(overlay);

        // When
        Map<String, String> gatewaySecret = secretReference(manifests, "gateway",
                "QUARKUS_OIDC_CLIENT_CREDENTIALS_SECRET");
        Map<String, String> claimsSecret = secretReference(manifests, "claims-service",
                "QUARKUS_OIDC_CLIENT_CREDENTIALS_SECRET");

        // Then
        assertEquals(Map.of("secret", "newsroom-oidc-clients", "key", "gateway", "optional", "true"), gatewaySecret);
        assertEquals(Map.of("secret", "newsroom-oidc-clients", "key", "claims-service", "optional", "true"),
                claimsSecret);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("overlays")
    void shouldPointEveryServiceAtTheIssuer(Overlay overlay) {
        // Given
        Manifests manifests = RenderedOverlays.of(overlay);

        // When
        Set<String> issuers = serviceConfigValues(manifests, "NEWSROOM_OIDC_ISSUER");

        // Then
        assertEquals(Set.of(overlay == Overlay.DEV ? "http://keycloak:8080/realms/newsroom"
                : "https://login.newsroom.example/realms/newsroom"), issuers);
    }

    @Test
    void shouldLogJsonInProdOnly() {
        // Given
        Manifests dev = RenderedOverlays.of(Overlay.DEV);
        Manifests prod = RenderedOverlays.of(Overlay.PROD);

        // When
        Set<String> devFormats = serviceConfigValues(dev, "QUARKUS_LOG_CONSOLE_JSON");
        Set<String> prodFormats = serviceConfigValues(prod, "QUARKUS_LOG_CONSOLE_JSON");

        // Then
        assertEquals(Set.of("false"), devFormats);
        assertEquals(Set.of("true"), prodFormats);
    }

    private static Set<String> serviceConfigValues(Manifests manifests, String key) {
        return manifests.ofType(ConfigMap.class).stream()
                .filter(map -> SERVICES.stream().anyMatch(service -> map.getMetadata().getName()
                        .startsWith(service + "-config-")))
                .map(map -> map.getData().get(key))
                .collect(Collectors.toSet());
    }

    /**
     * The Secret, key and optionality an environment variable of a Deployment's containers is read from; the name
     * without the hash kustomize appends to generated Secrets (the dev overlay generates this one).
     */
    private static Map<String, String> secretReference(Manifests manifests, String deployment, String variable) {
        return manifests.ofType(Deployment.class).stream()
                .filter(candidate -> candidate.getMetadata().getName().equals(deployment))
                .flatMap(candidate -> candidate.getSpec().getTemplate().getSpec().getContainers().stream())
                .flatMap(container -> container.getEnv() == null ? Stream.empty() : container.getEnv().stream())
                .filter(env -> env.getName().equals(variable) && env.getValueFrom() != null
                        && env.getValueFrom().getSecretKeyRef() != null)
                .map(env -> env.getValueFrom().getSecretKeyRef())
                .map(ref -> Map.of("secret", ref.getName().replaceFirst("-[a-z0-9]{10}$", ""), "key", ref.getKey(),
                        "optional", String.valueOf(ref.getOptional())))
                .findFirst()
                .orElse(Map.of());
    }

    private static Set<String> names(List<? extends HasMetadata> objects) {
        return objects.stream().map(object -> object.getMetadata().getName()).collect(Collectors.toSet());
    }

    private static void assertNoViolations(List<String> violations) {
        assertTrue(violations.isEmpty(), () -> violations.size() + " violation(s):\n"
                + String.join("\n", violations));
    }
}
