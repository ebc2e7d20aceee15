package org.geoclaims.server;

import java.util.ArrayList;
import java.util.List;

import org.apache.jena.fuseki.main.sys.FusekiModule;
import org.apache.jena.sparql.core.DatasetGraph;
import org.geoclaims.api.ApiModule;
import org.geoclaims.api.QueriesServlet;
import org.geoclaims.api.QueryCatalog;
import org.geoclaims.linkeddata.LinkedData;
import org.geoclaims.linkeddata.LinkedDataModule;
import org.geoclaims.linkeddata.PublicBase;
import org.geoclaims.store.ProjectLayout;
import org.geoclaims.views.ViewsModule;
import org.geoclaims.web.WebModule;

/**
 * The geoclaims layers on top of Fuseki, each a {@link FusekiModule} that adds its servlets:
 * the one place that says what the server offers beyond SPARQL.
 */
public final class ServerLayers {
    private ServerLayers() {}

    /**
     * @param dataVersion identifies the data served, for ETags; null when it can change (update on)
     */
    public static List<FusekiModule> all(ProjectLayout layout, ServerSettings settings, DatasetGraph dataset,
                                         String dataVersion) {
        List<FusekiModule> layers = new ArrayList<>();
        layers.add(new WebModule());
        QueryCatalog catalog = QueryCatalog.load(layout.queriesDir());
        layers.add(new ApiModule(catalog, new QueriesServlet(catalog, dataset, settings.queryTimeout(), settings.maxRows(), dataVersion)));
        LinkedData ld = new LinkedData(dataset, catalog, new PublicBase(settings.baseUrl()), !settings.update());
        layers.add(new LinkedDataModule(ld, settings.stateDir().resolve("dumps"), settings.update()));
        layers.add(new ViewsModule(dataset, !settings.update()));
        return layers;
    }
}
