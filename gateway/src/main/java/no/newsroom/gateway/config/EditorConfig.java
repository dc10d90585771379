package no.newsroom.gateway.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The editor web app's sign-in ({@code gateway.editor.*}). */
@ConfigMapping(prefix = "gateway.editor")
public interface EditorConfig {

    /** The public client (Authorization Code with PKCE) the editor signs in with at the provider. */
    @WithDefault("newsroom-editor")
    String clientId();
}
