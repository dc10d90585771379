package no.newsroom.gateway.rest;

import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/** Resolves the caller without blocking: authentication is lazy, so the identity may not be known yet. */
@ApplicationScoped
class Callers {

    private final CurrentIdentityAssociation identities;

    Callers(CurrentIdentityAssociation identities) {
        this.identities = identities;
    }

    Uni<Caller> current() {
        return identities.getDeferredIdentity().map(Caller::of);
    }
}
