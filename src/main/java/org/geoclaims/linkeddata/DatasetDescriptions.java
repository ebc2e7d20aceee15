package org.geoclaims.linkeddata;

import java.util.Map;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.geoclaims.vocab.GC;

/**
 * Descriptions of the dataset as a whole: a VoID description (its size, vocabularies, the SPARQL
 * endpoint, the dumps, the linkset to Wikidata) and the SPARQL 1.1 Service Description returned
 * by the endpoint. URLs of the server are absolute, from the server's base address.
 */
public final class DatasetDescriptions {
    private DatasetDescriptions() {}

    public static final String VOID = "http://rdfs.org/ns/void#";
    public static final String SD = "http://www.w3.org/ns/sparql-service-description#";
    public static final String FORMATS = "http://www.w3.org/ns/formats/";
    /** The IRI of the dataset geoclaims publishes. */
    public static final Node DATASET = NodeFactory.createURI(GC.BASE + "dataset");
    static final Node WIKIDATA_DATASET = NodeFactory.createURI(GC.BASE + "dataset/wikidata");
    static final Node WIKIDATA_LINKSET = NodeFactory.createURI(GC.BASE + "dataset/linkset-wikidata");
    /** The dump files, by extension. */
    public static final String[] DUMP_EXTENSIONS = { "trig", "nq", "ttl", "jsonld", "rdf" };

    public static Graph voidDescription(DatasetStatistics stats, String serverBase) {
        Graph g = GraphFactory.createDefaultGraph();
        Node ds = DATASET;
        add(g, ds, RDF.type.asNode(), v("Dataset"));
        add(g, ds, DCTerms.title.asNode(), NodeFactory.createLiteralLang("geoclaims knowledge graph", "en"));
        add(g, ds, DCTerms.description.asNode(), NodeFactory.createLiteralLang(
                "Relations between states and the claims made about them, each statement traced to the sentence of its source.", "en"));
        add(g, ds, DCTerms.license.asNode(), NodeFactory.createURI("https://creativecommons.org/licenses/by/4.0/"));
        add(g, ds, v("uriSpace"), NodeFactory.createLiteralString(GC.BASE));
        add(g, ds, v("vocabulary"), NodeFactory.createURI(GC.NS));
        add(g, ds, v("triples"), integer(stats.triples()));
        add(g, ds, v("entities"), integer(stats.entities()));
        add(g, ds, v("classes"), integer(stats.classes()));
        add(g, ds, v("properties"), integer(stats.properties()));
        add(g, ds, v("distinctSubjects"), integer(stats.distinctSubjects()));
        add(g, ds, v("distinctObjects"), integer(stats.distinctObjects()));
        add(g, ds, v("sparqlEndpoint"), NodeFactory.createURI(serverBase + "kg/sparql"));
        add(g, ds, v("uriLookupEndpoint"), NodeFactory.createURI(serverBase + "id/"));
        for (String ext : DUMP_EXTENSIONS) add(g, ds, v("dataDump"), NodeFactory.createURI(serverBase + "dumps/geoclaims." + ext));
        add(g, ds, v("exampleResource"), NodeFactory.createURI(GC.id("pakistan")));
        for (Map.Entry<Node, Long> e : stats.graphs().entrySet()) {
            Node sub = e.getKey();
            add(g, ds, v("subset"), sub);
            add(g, sub, RDF.type.asNode(), v("Dataset"));
            add(g, sub, v("triples"), integer(e.getValue()));
            add(g, sub, NodeFactory.createURI(SD + "name"), sub);
        }
        // The links to Wikidata.
        add(g, ds, v("subset"), WIKIDATA_LINKSET);
        add(g, WIKIDATA_LINKSET, RDF.type.asNode(), v("Linkset"));
        add(g, WIKIDATA_LINKSET, v("linkPredicate"), OWL.sameAs.asNode());
        add(g, WIKIDATA_LINKSET, v("subjectsTarget"), ds);
        add(g, WIKIDATA_LINKSET, v("objectsTarget"), WIKIDATA_DATASET);
        add(g, WIKIDATA_LINKSET, v("triples"), integer(stats.wikidataLinks()));
        add(g, WIKIDATA_DATASET, RDF.type.asNode(), v("Dataset"));
        add(g, WIKIDATA_DATASET, DCTerms.title.asNode(), NodeFactory.createLiteralLang("Wikidata", "en"));
        add(g, WIKIDATA_DATASET, v("uriSpace"), NodeFactory.createLiteralString(DatasetStatistics.WIKIDATA));
        add(g, WIKIDATA_DATASET, NodeFactory.createURI("http://xmlns.com/foaf/0.1/homepage"), NodeFactory.createURI("https://www.wikidata.org/"));
        return g;
    }

    /** The SPARQL 1.1 Service Description of the endpoint at {@code endpointUrl}. */
    public static Graph serviceDescription(DatasetStatistics stats, String endpointUrl, boolean update) {
        Graph g = GraphFactory.createDefaultGraph();
        Node svc = NodeFactory.createURI(endpointUrl + "#service");
        add(g, svc, RDF.type.asNode(), sd("Service"));
        add(g, svc, sd("endpoint"), NodeFactory.createURI(endpointUrl));
        add(g, svc, sd("supportedLanguage"), sd("SPARQL11Query"));
        if (update) add(g, svc, sd("supportedLanguage"), sd("SPARQL11Update"));
        add(g, svc, sd("feature"), sd("UnionDefaultGraph"));
        add(g, svc, sd("feature"), sd("BasicFederatedQuery"));
        add(g, svc, sd("defaultEntailmentRegime"), NodeFactory.createURI("http://www.w3.org/ns/entailment/Simple"));
        add(g, svc, sd("propertyFeature"), NodeFactory.createURI("http://jena.apache.org/text#query"));
        for (String f : new String[] { "SPARQL_Results_JSON", "SPARQL_Results_XML", "SPARQL_Results_CSV", "SPARQL_Results_TSV",
                "Turtle", "N-Triples", "JSON-LD", "RDF_XML" })
            add(g, svc, sd("resultFormat"), NodeFactory.createURI(FORMATS + f));
        Node dataset = NodeFactory.createURI(endpointUrl + "#dataset");
        add(g, svc, sd("defaultDataset"), dataset);
        add(g, dataset, RDF.type.asNode(), sd("Dataset"));
        add(g, dataset, v("triples"), integer(stats.triples()));
        Node dflt = NodeFactory.createURI(endpointUrl + "#default-graph");
        add(g, dataset, sd("defaultGraph"), dflt);
        add(g, dflt, RDF.type.asNode(), sd("Graph"));
        add(g, dflt, v("triples"), integer(stats.triples()));
        add(g, dflt, DCTerms.description.asNode(), NodeFactory.createLiteralLang("The union of all named graphs.", "en"));
        for (Map.Entry<Node, Long> e : stats.graphs().entrySet()) {
            Node named = NodeFactory.createURI(endpointUrl + "#graph-" + Integer.toHexString(e.getKey().getURI().hashCode()));
            add(g, dataset, sd("namedGraph"), named);
            add(g, named, RDF.type.asNode(), sd("NamedGraph"));
            add(g, named, sd("name"), e.getKey());
            add(g, named, v("triples"), integer(e.getValue()));
        }
        return g;
    }

    private static void add(Graph g, Node s, Node p, Node o) { g.add(s, p, o); }
    private static Node v(String local) { return NodeFactory.createURI(VOID + local); }
    private static Node sd(String local) { return NodeFactory.createURI(SD + local); }
    private static Node integer(long n) { return NodeFactory.createLiteralDT(Long.toString(n), XSDDatatype.XSDinteger); }
}
