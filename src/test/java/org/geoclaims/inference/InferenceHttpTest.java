package org.geoclaims.inference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.file.Path;

import org.geoclaims.server.RunningServer;
import org.geoclaims.server.ServerSettings;
import org.geoclaims.store.ProjectLayout;
import org.geoclaims.testing.Http;
import org.geoclaims.testing.SparqlJson;
import org.geoclaims.testing.TestProjects;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code /kg-inf} over HTTP on a real server: questions only the inferences answer (a subclass, a
 * sub-property, an inverse, a property chain, a symmetric property), which {@code /kg} does not.
 */
class InferenceHttpTest {

    @TempDir static Path tmp;
    static RunningServer server;

    static final String PREFIXES = """
            PREFIX gc:   <https://w3id.org/geoclaims/ontology/>
            PREFIX gcr:  <https://w3id.org/geoclaims/id/>
            PREFIX prov: <http://www.w3.org/ns/prov#>
            """;

    @BeforeAll
    static void start() {
        Path project = tmp.resolve("p");
        TestProjects.copyTree(TestProjects.resource("check/base"), project);
        server = RunningServer.start(ProjectLayout.at(project), ServerSettings.defaults().withPort(0), null);
    }

    @AfterAll
    static void stop() {
        if (server != null) server.close();
    }

    static boolean ask(String dataset, String where) {
        HttpResponse<String> r = Http.sparql(server.baseUrl() + dataset + "/sparql", PREFIXES + "ASK { " + where + " }");
        assertEquals(200, r.statusCode(), r.body());
        return r.body().replaceAll("\\s", "").contains("\"boolean\":true");
    }

    static void onlyWithInference(String where) {
        assertEquals(false, ask("/kg", where), "/kg must not answer: " + where);
        assertEquals(true, ask("/kg-inf", where), "/kg-inf must answer: " + where);
    }

    @Test
    void aSubclass() {
        // gc:Denial ⊑ gc:Response ⊑ gc:Statement
        onlyWithInference("gcr:denial-pakistan-army-fighting a gc:Statement");
    }

    @Test
    void aSubProperty() {
        // gc:hasEvidence ⊑ prov:wasDerivedFrom
        onlyWithInference("gcr:aman-2013 prov:wasDerivedFrom ?quote");
    }

    @Test
    void anInverse() {
        // gc:evidenceOf owl:inverseOf gc:hasEvidence
        onlyWithInference("?quote gc:evidenceOf gcr:recognition-pakistan-azerbaijan");
    }

    @Test
    void aPropertyChain() {
        // inverse(gc:recognizer) o gc:recognized ⊑ gc:recognizes
        onlyWithInference("gcr:pakistan gc:recognizes gcr:azerbaijan");
    }

    @Test
    void aChainThenSymmetry() {
        // the relations statement gives pakistan → azerbaijan (chain); symmetry gives azerbaijan → pakistan
        onlyWithInference("gcr:azerbaijan gc:hasDiplomaticRelationsWith gcr:pakistan");
    }

    @Test
    void theAddedTriplesAreInTheirOwnGraphAndTheRestIsUnchanged() {
        String count = "SELECT (COUNT(*) AS ?n) { ?s ?p ?o }";
        long base = SparqlJson.count(Http.sparql(server.baseUrl() + "/kg/sparql", count).body(), "n");
        long all = SparqlJson.count(Http.sparql(server.baseUrl() + "/kg-inf/sparql", count).body(), "n");
        long added = SparqlJson.count(Http.sparql(server.baseUrl() + "/kg-inf/sparql",
                "SELECT (COUNT(*) AS ?n) { GRAPH <https://w3id.org/geoclaims/graph/inferred> { ?s ?p ?o } }").body(), "n");
        assertTrue(added > 0);
        assertEquals(server.inferred().inferredTriples(), added);
        assertEquals(base + added, all);
        assertTrue(ask("/kg-inf", "GRAPH <https://w3id.org/geoclaims/graph/inferred> { gcr:pakistan gc:recognizes gcr:azerbaijan }"));
        assertTrue(server.startupLine().contains("/kg-inf/sparql"), server.startupLine());
    }

    @Test
    void nothingIsInferredThatTheOntologyDenies() {
        // The non-recognition of Armenia stays a non-recognition: no rule turns it into a recognition.
        assertEquals(false, ask("/kg-inf", "gcr:pakistan gc:recognizes gcr:armenia"));
    }

    @Test
    void theInferredDatasetIsReadOnly() {
        String insert = "INSERT DATA { GRAPH <urn:g> { <urn:s> <urn:p> <urn:o> } }";
        HttpResponse<String> update = Http.postForm(server.baseUrl() + "/kg-inf/update", "update", insert, null);
        assertEquals(405, update.statusCode(), update.body());
        HttpResponse<String> gsp = Http.post(server.baseUrl() + "/kg-inf/data?graph=urn:g", "text/turtle", "<urn:s> <urn:p> <urn:o> .", null);
        assertEquals(405, gsp.statusCode(), gsp.body());
        assertEquals(200, Http.get(server.baseUrl() + "/kg-inf/get?graph=" + Http.encode("https://w3id.org/geoclaims/graph/inferred"),
                "application/n-triples").statusCode());
    }
}
