package no.newsroom.k8s;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * A kustomize overlay and what it may leave to the cluster. {@code providedOutside} is the allow-list of objects the
 * manifests refer to without rendering them; each entry says who creates it, and k8s/README.md tells the operator.
 */
record Overlay(String name, boolean releaseImagesOnly, boolean rendersNoSecrets, Set<ObjectRef> providedOutside) {

    /**
     * Optional references are not listed: the ConfigMap {@code jwt-public-key} (read in dev-key mode only; both
     * overlays verify the issuer's key set) and, in prod, the Secret {@code newsroom-oidc-clients}.
     */
    static final Overlay DEV = new Overlay("dev", false, false, Set.of());

    static final Overlay PROD = new Overlay("prod", true, true, Set.of(
            // Database credentials: pre-created or synced by the External Secrets Operator, never committed.
            ObjectRef.secret("articles-db-credentials"),
            ObjectRef.secret("articles-db-owner"),
            ObjectRef.secret("claims-db-credentials"),
            ObjectRef.secret("claims-db-owner"),
            // Issued by cert-manager for the Ingress.
            ObjectRef.secret("newsroom-tls")));

    static List<Overlay> all() {
        return List.of(DEV, PROD);
    }

    Path directoryIn(Path repositoryRoot) {
        return repositoryRoot.resolve("k8s").resolve("overlays").resolve(name);
    }

    @Override
    public String toString() {
        return name;
    }
}
