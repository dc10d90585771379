package no.newsroom.gateway.rest;

import io.quarkus.vertx.http.runtime.VertxHttpConfig;
import io.smallrye.config.SmallRyeConfig;
import io.vertx.core.http.HttpServerResponse;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.ConfigProvider;

import java.util.Map;
import java.util.TreeMap;

/**
 * The headers configured for every answer ({@code quarkus.http.header} on every path and method), for the routes
 * that answer before Quarkus' header routes could add them.
 */
@Singleton
class EveryAnswerHeaders {

    private static final String EVERY_PATH = "/*";

    private final Map<String, String> headers = new TreeMap<>();

    EveryAnswerHeaders() {
        ConfigProvider.getConfig().unwrap(SmallRyeConfig.class).getConfigMapping(VertxHttpConfig.class).header()
                .forEach((name, header) -> {
                    if (header.path().equals(EVERY_PATH) && header.methods().isEmpty()) {
                        headers.put(name, header.value());
                    }
                });
    }

    void addTo(HttpServerResponse response) {
        headers.forEach(response::putHeader);
    }
}
