package no.newsroom.gateway.rest;

import com.github.tomakehurst.wiremock.WireMockServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.serviceUnavailable;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The stubs of a service are held to its document, so that the gateway is never tested against a fiction. */
class ServiceContractTest {

    private static final String ARTICLE = "/articles/" + TestData.ARTICLE_ID;

    private WireMockServer articles;

    @BeforeEach
    void startArticlesService() {
        articles = new WireMockServer(wireMockConfig().dynamicPort()
                .extensions(new ServiceContract(ServiceContract.ARTICLES)));
        articles.start();
    }

    @AfterEach
    void stopArticlesService() {
        articles.stop();
    }

    @Test
    void shouldAcceptAStubThatAnswersAsTheServiceDoes() {
        assertDoesNotThrow(() -> articles.stubFor(get(urlPathEqualTo(ARTICLE))
                .willReturn(okJson(TestData.article().json()))));
    }

    @Test
    void shouldRejectAStubWithAFieldTheServiceNeverSends() {
        String invented = TestData.article().json().replace("\"slug\"", "\"headline\": \"Kyiv\", \"slug\"");

        AssertionError error = assertThrows(AssertionError.class,
                () -> articles.stubFor(get(urlPathEqualTo(ARTICLE)).willReturn(okJson(invented))));

        assertTrue(error.getMessage().contains("headline"), error.getMessage());
    }

    @Test
    void shouldRejectAStubWithAFieldOfTheWrongType() {
        String wrong = TestData.article().json().replace("\"version\": 2", "\"version\": \"2\"");

        assertThrows(AssertionError.class,
                () -> articles.stubFor(get(urlPathEqualTo(ARTICLE)).willReturn(okJson(wrong))));
    }

    @Test
    void shouldLetAStubStandInForAServiceThatIsDown() {
        assertDoesNotThrow(() -> articles.stubFor(get(urlPathEqualTo(ARTICLE)).willReturn(serviceUnavailable())));
    }
}
