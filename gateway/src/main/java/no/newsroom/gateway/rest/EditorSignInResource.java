package no.newsroom.gateway.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import no.newsroom.gateway.config.EditorConfig;
import no.newsroom.support.auth.AuthConfig;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * How the editor web app signs people in. Provider mode: Authorization Code with PKCE at the provider, from the
 * browser, as the public client {@code gateway.editor.client-id}. Dev-key mode: pasting a dev token, which is the
 * only way in there and offered nowhere else.
 */
@Path("/editor/sign-in.json")
public class EditorSignInResource {

    private final EditorSignIn signIn;

    public EditorSignInResource(AuthConfig auth, EditorConfig editor) {
        AuthConfig.Oidc oidc = auth.oidc();
        this.signIn = oidc.providerMode()
                ? new EditorSignIn(false, new EditorSignIn.Provider(editor.clientId(),
                oidc.authorizationEndpoint().orElseThrow(), oidc.tokenEndpoint().orElseThrow(),
                oidc.endSessionEndpoint().orElse(null)))
                : new EditorSignIn(true, null);
    }

    @GET
    @PermitAll
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(hidden = true)
    public EditorSignIn signIn() {
        return signIn;
    }

    /** {@code provider} is null in dev-key mode; {@code endSessionEndpoint} when the provider has none. */
    public record EditorSignIn(boolean tokenPaste, Provider provider) {

        public record Provider(String clientId, String authorizationEndpoint, String tokenEndpoint,
                               String endSessionEndpoint) {
        }
    }
}
