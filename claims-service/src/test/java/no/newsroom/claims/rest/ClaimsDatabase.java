package no.newsroom.claims.rest;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import no.newsroom.devsupport.PostgresTestResource;

/** Every test of this module runs against the real PostgreSQL database {@code claims_test}. */
@QuarkusTestResource(value = PostgresTestResource.class,
        initArgs = @ResourceArg(name = "database", value = "claims_test"))
public final class ClaimsDatabase {

    private ClaimsDatabase() {
    }
}
