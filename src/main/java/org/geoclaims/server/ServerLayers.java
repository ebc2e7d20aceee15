package org.geoclaims.server;

import java.util.ArrayList;
import java.util.List;

import org.apache.jena.fuseki.main.sys.FusekiModule;
import org.geoclaims.store.ProjectLayout;

/**
 * The geoclaims layers on top of Fuseki, each a {@link FusekiModule} that adds its servlets:
 * the one place that says what the server offers beyond SPARQL.
 */
public final class ServerLayers {
    private ServerLayers() {}

    public static List<FusekiModule> all(ProjectLayout layout, ServerSettings settings) {
        List<FusekiModule> layers = new ArrayList<>();
        return layers;
    }
}
