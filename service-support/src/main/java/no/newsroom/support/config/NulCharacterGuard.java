package no.newsroom.support.config;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.quarkus.arc.properties.IfBuildProperty;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.container.ContainerRequestContext;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import java.io.IOException;

/**
 * PostgreSQL text cannot hold the NUL character: rejecting it at the edge turns what would be a failed write into a
 * 400 naming the field (JSON) or parameter (query string). Only services that store text switch it on with
 * {@code service-support.reject-nul-characters=true}: the gateway passes such input on for them to answer.
 */
@Singleton
@IfBuildProperty(name = "service-support.reject-nul-characters", stringValue = "true")
public class NulCharacterGuard implements ObjectMapperCustomizer {

    private static final char NUL = '\u0000';

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.registerModule(new SimpleModule("reject-nul").addDeserializer(String.class, new NulRejectingStrings()));
    }

    @ServerRequestFilter
    public void rejectNulInQuery(ContainerRequestContext request) {
        request.getUriInfo().getQueryParameters().forEach((name, values) -> {
            if (values.stream().anyMatch(value -> value.indexOf(NUL) >= 0)) {
                throw new BadRequestException("Query parameter '" + name + "' contains a NUL character");
            }
        });
    }

    private static final class NulRejectingStrings extends StringDeserializer {

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            String value = super.deserialize(parser, context);
            if (value != null && value.indexOf(NUL) >= 0) {
                throw InvalidFormatException.from(parser, "text must not contain the NUL character", value,
                        String.class);
            }
            return value;
        }
    }
}
