package no.newsroom.articles.rest;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import no.newsroom.devsupport.PostgresTestResource;

/** Every test of this module runs against the real PostgreSQL database {@code articles_test}. */
@QuarkusTestResource(value = PostgresTestResource.class,
        initArgs = @ResourceArg(name = "database", value = "articles_test"))
public final class ArticlesDatabase {

    private ArticlesDatabase() {
    }
}
