package no.newsroom.support.auth;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;
import java.util.Optional;

/** How callers and services authenticate ({@code newsroom.oidc.*}, {@code newsroom.service-tokens.*}). */
@ConfigMapping(prefix = "newsroom")
public interface AuthConfig {

    Oidc oidc();

    ServiceTokenSettings serviceTokens();

    interface Oidc {

        /**
         * The provider's issuer URL. Set, it is the one switch to provider mode: the services read its discovery
         * document at start-up (see {@link OidcDiscoveryConfigSourceFactory}). Unset, they verify the dev key pair.
         */
        Optional<String> issuer();

        /**
         * Where a provider's token carries the roles: {@code realm_access/roles} (Keycloak realm roles, the default)
         * or for instance {@code resource_access/newsroom-api/roles} (Keycloak client roles).
         */
        @WithDefault(OidcDiscoveryConfigSourceFactory.DEFAULT_ROLES_CLAIM)
        String rolesClaim();

        /** How long start-up waits for the provider's discovery document. */
        @WithDefault("60s")
        Duration discoveryTimeout();

        /** Set by the discovery, never by hand: whether the issuer above is in use. */
        @WithDefault("false")
        boolean providerMode();

        /** From the discovery document, for the editor web app's sign-in in the browser. */
        Optional<String> authorizationEndpoint();

        /** The discovered token endpoint, or {@link #browserTokenEndpoint()} when set. */
        Optional<String> tokenEndpoint();

        /** Where browsers reach the token endpoint, when the discovery document names an in-cluster address. */
        Optional<String> browserTokenEndpoint();

        Optional<String> endSessionEndpoint();

        /** The provider's origin, which the editor's Content-Security-Policy lets the browser call. */
        Optional<String> browserOrigin();
    }

    interface ServiceTokenSettings {

        /**
         * Read at build time: whether this service reads other services' event feeds and so gets a
         * {@link ServiceTokens} bean (see {@link ServiceTokensProducer}); a service without an OIDC client leaves it
         * off.
         */
        @WithDefault("false")
        boolean enabled();

        /** Dev mode only: the dev private key (PEM) the service signs its own short-lived service tokens with. */
        Optional<String> devSigningKey();
    }
}
