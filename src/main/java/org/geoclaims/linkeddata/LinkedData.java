package org.geoclaims.linkeddata;

import java.util.function.Supplier;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.geoclaims.api.QueryCatalog;
import org.geoclaims.vocab.GC;

/**
 * What the linked-data servlets share: the served dataset, names, the JSON-LD context, the
 * dataset's statistics, and whether the data can change while served (then nothing is cached).
 */
public final class LinkedData {
    /** The named graph that holds the ontology file. */
    public static final Node ONTOLOGY_GRAPH = NodeFactory.createURI(GC.graph("ontology/geoclaims"));

    private final DatasetGraph dataset;
    private final QueryCatalog catalog;
    private final PublicBase base;
    private final boolean readOnly;
    private final Labels labels;
    private final Supplier<JsonLdContext> context;
    private volatile DatasetStatistics stats;

    public LinkedData(DatasetGraph dataset, QueryCatalog catalog, PublicBase base, boolean readOnly) {
        this.dataset = dataset;
        this.catalog = catalog;
        this.base = base;
        this.readOnly = readOnly;
        this.labels = new Labels(dataset, readOnly);
        JsonLdContext[] cached = new JsonLdContext[1];
        this.context = () -> {
            synchronized (cached) {
                if (cached[0] == null) cached[0] = JsonLdContext.fromOntology(dataset);
                return cached[0];
            }
        };
    }

    public DatasetGraph dataset() { return dataset; }
    public QueryCatalog catalog() { return catalog; }
    public PublicBase base() { return base; }
    public boolean readOnly() { return readOnly; }
    public Labels labels() { return labels; }
    public JsonLdContext context() { return context.get(); }

    /** Counted once for read-only data, at every call otherwise. */
    public DatasetStatistics statistics() {
        DatasetStatistics s = stats;
        if (s == null || !readOnly) {
            s = DatasetStatistics.count(dataset);
            stats = s;
        }
        return s;
    }

    /** The ontology's own graph, or its union with nothing when it was not loaded. */
    public Graph ontologyGraph() {
        return dataset.calculateRead(() -> {
            Graph copy = org.apache.jena.sparql.graph.GraphFactory.createDefaultGraph();
            dataset.getGraph(ONTOLOGY_GRAPH).find().forEachRemaining(copy::add);
            return copy;
        });
    }

    public boolean hasNamedGraph(Node g) {
        return dataset.calculateRead(() -> dataset.containsGraph(g) && !dataset.getGraph(g).isEmpty());
    }
}
