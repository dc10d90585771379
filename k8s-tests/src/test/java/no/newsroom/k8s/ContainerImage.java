package no.newsroom.k8s;

import java.util.Optional;

/** An image reference split into repository, tag and digest; {@code registry/newsroom/gateway:1.0.0@sha256:...}. */
record ContainerImage(String repository, Optional<String> tag, Optional<String> digest) {

    private static final String SERVICE_NAMESPACE = "newsroom/";

    static ContainerImage parse(String reference) {
        String rest = reference == null ? "" : reference;
        Optional<String> digest = Optional.empty();
        int at = rest.indexOf('@');
        if (at >= 0) {
            digest = Optional.of(rest.substring(at + 1));
            rest = rest.substring(0, at);
        }
        int colon = rest.lastIndexOf(':');
        if (colon > rest.lastIndexOf('/')) {
            return new ContainerImage(rest.substring(0, colon), Optional.of(rest.substring(colon + 1)), digest);
        }
        return new ContainerImage(rest, Optional.empty(), digest);
    }

    Optional<String> service() {
        int start = repository.lastIndexOf(SERVICE_NAMESPACE);
        boolean isService = start >= 0 && (start == 0 || repository.charAt(start - 1) == '/')
                && repository.indexOf('/', start + SERVICE_NAMESPACE.length()) < 0;
        return isService ? Optional.of(repository.substring(start + SERVICE_NAMESPACE.length())) : Optional.empty();
    }
}
