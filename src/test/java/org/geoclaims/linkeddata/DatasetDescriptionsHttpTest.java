package org.geoclaims.linkeddata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.util.IsoMatcher;
import org.apache.jena.vocabulary.RDF;
import org.geoclaims.server.RunningServer;
import org.geoclaims.server.ServerSettings;
import org.geoclaims.testing.Http;
import org.geoclaims.testing.TestProjects;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

/** VoID, the SPARQL service description, the dumps, and --base-url. */
class DatasetDescriptionsHttpTest {

    @TempDir static Path tmp;
    static RunningServer server;
    static String base;
    static final String VOID = "http://rdfs.org/ns/void#";
    static final String SD = "http://www.w3.org/ns/sparql-service-description#";

    @BeforeAll
    static void start() {
        server = RunningServer.start(TestProjects.copy("linked", tmp.resolve("p")), ServerSettings.defaults().withPort(0), null);
        base = server.baseUrl();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    static Graph turtle(String body) {
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.create().source(new StringReader(body)).lang(Lang.TURTLE).parse(g);
        return g;
    }

    static long integer(Graph g, Node s, String p) {
        return Long.parseLong(g.find(s, NodeFactory.createURI(p), Node.ANY).next().getObject().getLiteralLexicalForm());
    }

    @Test
    void voidDescribesSizeEndpointDumpsAndTheWikidataLinkset() {
        HttpResponse<String> r = Http.get(base + "/void", "text/turtle");
        assertEquals(200, r.statusCode());
        Graph g = turtle(r.body());
        Node ds = DatasetDescriptions.DATASET;
        assertTrue(g.contains(ds, RDF.type.asNode(), NodeFactory.createURI(VOID + "Dataset")));
        assertEquals(84, integer(g, ds, VOID + "triples"));
        // Typed resources in the uriSpace: the ontology and its 8 terms, 3 states, 1 recognition, 1 document,
        // 2 sentences, 1 evidence node and its 2 selectors.
        assertEquals(19, integer(g, ds, VOID + "entities"));
        assertTrue(g.contains(ds, NodeFactory.createURI(VOID + "sparqlEndpoint"), NodeFactory.createURI(base + "/kg/sparql")));
        assertEquals(5, g.find(ds, NodeFactory.createURI(VOID + "dataDump"), Node.ANY).toList().size());
        assertEquals(3, integer(g, DatasetDescriptions.WIKIDATA_LINKSET, VOID + "triples"));
        assertEquals(302, Http.get(base + "/.well-known/void").statusCode());
    }

    @Test
    void theEndpointDescribesItselfWhenAskedWithoutAQuery() {
        HttpResponse<String> r = Http.get(base + "/kg/sparql", "text/turtle");
        assertEquals(200, r.statusCode());
        Graph g = turtle(r.body());
        Node svc = NodeFactory.createURI(base + "/kg/sparql#service");
        assertTrue(g.contains(svc, RDF.type.asNode(), NodeFactory.createURI(SD + "Service")));
        assertTrue(g.contains(svc, NodeFactory.createURI(SD + "endpoint"), NodeFactory.createURI(base + "/kg/sparql")));
        assertTrue(g.contains(svc, NodeFactory.createURI(SD + "feature"), NodeFactory.createURI(SD + "UnionDefaultGraph")));
        assertEquals(2, g.find(Node.ANY, NodeFactory.createURI(SD + "name"), Node.ANY).toList().size());
        // Queries still work on the same URL.
        assertEquals(200, Http.sparql(base + "/kg/sparql", "ASK { ?s ?p ?o }").statusCode());
    }

    @ParameterizedTest
    @ValueSource(strings = { "trig", "nq", "jsonld", "ttl", "rdf" })
    void everyDumpHoldsTheSameGraph(String ext) {
        HttpResponse<String> r = Http.get(base + "/dumps/geoclaims." + ext);
        assertEquals(200, r.statusCode());
        Dumps dump = Dumps.byName(ext);
        DatasetGraph served = server.dataset();
        if (dump.keepsGraphs()) {
            DatasetGraph parsed = DatasetGraphFactory.createTxnMem();
            RDFParser.create().source(new ByteArrayInputStream(r.body().getBytes(StandardCharsets.UTF_8)))
                    .lang(ext.equals("nq") ? Lang.NQUADS : ext.equals("trig") ? Lang.TRIG : Lang.JSONLD)
                    .parse(parsed);
            DatasetGraph expected = served.calculateRead(() -> {
                DatasetGraph copy = DatasetGraphFactory.createTxnMem();
                copy.executeWrite(() -> served.find().forEachRemaining(copy::add));
                return copy;
            });
            assertTrue(IsoMatcher.isomorphic(expected, parsed), ext + " keeps every named graph");
        } else {
            Graph parsed = GraphFactory.createDefaultGraph();
            RDFParser.create().source(new StringReader(r.body())).lang(ext.equals("ttl") ? Lang.TURTLE : Lang.RDFXML).parse(parsed);
            Graph union = served.calculateRead(() -> {
                Graph g = GraphFactory.createDefaultGraph();
                served.getUnionGraph().find().forEachRemaining(g::add);
                return g;
            });
            assertTrue(union.isIsomorphicWith(parsed), ext + " holds the union graph");
        }
        // Served twice, the same bytes.
        assertEquals(r.body(), Http.get(base + "/dumps/geoclaims." + ext).body());
    }

    @Test
    void dumpsAreListed() {
        HttpResponse<String> r = Http.get(base + "/dumps/");
        assertEquals(200, r.statusCode());
        assertEquals(List.of("geoclaims.trig", "geoclaims.nq", "geoclaims.ttl", "geoclaims.jsonld", "geoclaims.rdf"),
                org.jsoup.Jsoup.parse(r.body()).select("main li a").eachText());
        assertEquals(404, Http.get(base + "/dumps/geoclaims.zip").statusCode());
    }

    @Test
    void aPublicBaseUrlIsUsedInRedirectsAndDescriptions() {
        try (RunningServer behindProxy = RunningServer.start(TestProjects.copy("linked", tmp.resolve("q")),
                ServerSettings.defaults().withPort(0).withBaseUrl("https://kg.example.org/"), null)) {
            HttpResponse<String> r = Http.get(behindProxy.baseUrl() + "/id/pakistan", "text/turtle");
            assertEquals(303, r.statusCode());
            assertEquals("https://kg.example.org/data/id/pakistan.ttl", r.headers().firstValue("Location").orElse(null));
            Graph v = turtle(Http.get(behindProxy.baseUrl() + "/void", "text/turtle").body());
            assertTrue(v.contains(DatasetDescriptions.DATASET, NodeFactory.createURI(VOID + "sparqlEndpoint"),
                    NodeFactory.createURI("https://kg.example.org/kg/sparql")));
        }
    }
}
