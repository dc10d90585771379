package no.newsroom.gateway.rest;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Map;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

/**
 * Stands in for articles-service and claims-service: one WireMock server on a free port for each, whose stubs must
 * keep to the service's committed OpenAPI document ({@link ServiceContract}).
 */
public class DownstreamServices implements QuarkusTestResourceLifecycleManager {

    private WireMockServer articles;
    private WireMockServer claims;

    @Override
    public Map<String, String> start() {
        articles = new WireMockServer(wireMockConfig().dynamicPort()
                .extensions(new ServiceContract(ServiceContract.ARTICLES)));
        claims = new WireMockServer(wireMockConfig().dynamicPort()
                .extensions(new ServiceContract(ServiceContract.CLAIMS)));
        articles.start();
        claims.start();
        return Map.of(
                "quarkus.rest-client.articles.url", articles.baseUrl(),
                "quarkus.rest-client.claims.url", claims.baseUrl());
    }

    @Override
    public void inject(TestInjector injector) {
        injector.injectIntoFields(articles, new TestInjector.AnnotatedAndMatchesType(ArticlesService.class,
                WireMockServer.class));
        injector.injectIntoFields(claims, new TestInjector.AnnotatedAndMatchesType(ClaimsService.class,
                WireMockServer.class));
    }

    @Override
    public void stop() {
        if (articles != null) {
            articles.stop();
        }
        if (claims != null) {
            claims.stop();
        }
    }

    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.FIELD)
    public @interface ArticlesService {
    }

    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.FIELD)
    public @interface ClaimsService {
    }
}
