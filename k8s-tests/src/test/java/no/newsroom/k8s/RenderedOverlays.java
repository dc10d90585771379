package no.newsroom.k8s;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Renders each overlay once per test run; tests skip, rather than fail, where kubectl cannot be found. */
final class RenderedOverlays {

    private static final Map<Overlay, Manifests> RENDERED = new ConcurrentHashMap<>();

    private RenderedOverlays() {
    }

    static Path repositoryRoot() {
        return Path.of(System.getProperty("newsroom.repository.root", "..")).toAbsolutePath().normalize();
    }

    static Manifests of(Overlay overlay) {
        Optional<Path> kubectl = Kustomize.kubectlOnPath();
        if (kubectl.isEmpty() && System.getenv("CI") != null) {
            throw new IllegalStateException("CI must render the k8s overlays, but kubectl is not on the PATH");
        }
        assumeTrue(kubectl.isPresent(), "kubectl is not on the PATH, so the k8s overlays cannot be rendered and their "
                + "checks are skipped; .ci/run installs kubectl");
        return RENDERED.computeIfAbsent(overlay, key -> new Manifests(new StrictManifestParser()
                .parse(Kustomize.render(kubectl.get(), key.directoryIn(repositoryRoot())))));
    }

    static ManifestRules rulesFor(Overlay overlay) {
        return new ManifestRules(of(overlay), overlay, new QuarkusHttpPorts(repositoryRoot()));
    }
}
