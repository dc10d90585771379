package no.newsroom.k8s;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * A kustomize overlay and what it may leave to the cluster. {@code providedOutside} is the allow-list of objects the
 * manifests refer to without rendering them; each entry says who creates it, and k8s/README.md tells the operator.
 */
record Overlay(String name, boolean releaseImagesOnly, boolean rendersNoSecrets, Set<ObjectRef> providedOutside) {

    static final Overlay DEV = new Overlay("dev", false, false, Set.of(
            // Created from the developer's local dev key (kubectl create configmap, see k8s/README.md).
            ObjectRef.configMap("jwt-public-key")));

    static final Overlay PROD = new Overlay("prod", true, true, Set.of(
            // The identity provider's public key, published by the platform team.
            ObjectRef.configMap("jwt-public-key"),
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
