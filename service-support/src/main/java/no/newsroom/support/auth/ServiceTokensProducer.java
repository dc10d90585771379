package no.newsroom.support.auth;

import io.quarkus.arc.properties.IfBuildProperty;
import io.quarkus.oidc.client.OidcClients;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The tokens a service reads the other services' event feeds with; see {@link ServiceTokens}. */
@IfBuildProperty(name = "newsroom.service-tokens.enabled", stringValue = "true")
class ServiceTokensProducer {

    @Produces
    @Singleton
    ServiceTokens serviceTokens(OidcClients oidcClients, AuthConfig auth,
                                @ConfigProperty(name = "quarkus.application.name") String serviceName,
                                @ConfigProperty(name = "mp.jwt.verify.issuer") String devIssuer,
                                @ConfigProperty(name = "mp.jwt.verify.audiences") String audience) {
        return ServiceTokens.fromConfiguration(auth.oidc().providerMode(), oidcClients::getClient,
                auth.serviceTokens().devSigningKey(),
                new ServiceTokens.DevTokenShape(serviceName, devIssuer, audience));
    }
}
