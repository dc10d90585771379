package no.newsroom.gateway.client;

import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.Response;
import org.junit.jupiter.api.Test;

import java.net.ConnectException;
import java.net.SocketException;
import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class DownstreamTest {

    private static final Duration WAIT = Duration.ofSeconds(5);

    @Test
    void shouldReportAnUnreachableServiceAsUnavailable() {
        for (Throwable failure : new Throwable[]{new ConnectException("refused"), new SocketException("reset"),
                new ProcessingException(new ConnectException("refused"))}) {
            Uni<Downstream> answer = Downstream.read("articles-service", Uni.createFrom().failure(failure));

            var thrown = assertThrows(ServiceUnavailableException.class, () -> answer.await().atMost(WAIT));
            assertEquals("articles-service", thrown.service());
        }
    }

    @Test
    void shouldReportAServerErrorAsUnavailable() {
        Uni<Downstream> answer = Downstream.read("claims-service",
                Uni.createFrom().item(() -> Response.status(502).build()));

        assertThrows(ServiceUnavailableException.class, () -> answer.await().atMost(WAIT));
    }

    @Test
    void shouldLetABugThroughInsteadOfDisguisingItAsUnavailable() {
        Uni<Downstream> answer = Downstream.read("claims-service",
                Uni.createFrom().failure(new NullPointerException("a bug")));

        assertThrows(NullPointerException.class, () -> answer.await().atMost(WAIT));
    }

    @Test
    void shouldPassClientErrorsOnAsAnswers() {
        Downstream answer = Downstream.read("claims-service",
                Uni.createFrom().item(() -> Response.status(404).build())).await().atMost(WAIT);

        assertEquals(404, answer.status());
    }
}
