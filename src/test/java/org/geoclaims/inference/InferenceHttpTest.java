package org.geoclaims.inference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;

import org.geoclaims.server.RunningServer;
import org.geoclaims.server.ServerSettings;
import org.geoclaims.testing.Http;
import org.geoclaims.testing.SparqlJson;
import org.geoclaims.testing.TestProjects;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code /kg-inf} over HTTP on a real server: questions only the inferences answer (a subclass, a
 * sub-property, an inverse, a property chain, a symmetric property), which {@code /kg} does not.
 */
class InferenceHttpTest {

    static RunningServer server;

    static final String PREFIXES = """
            PREFIX gc:   <https://w3id.org/geoclaims/ontology/>
            PREFIX gcr:  <https://w3id.org/geoclaims/id/>
            PREFIX prov: <http://www.w3.org/ns/prov#>
            """;

    @BeforeAll
    static void start() {
        // The repository's own ontology and data, as `serve` offers them.
        server = RunningServer.start(TestProjects.bundled(), ServerSettings.defaults().withPort(0), null);
        server.inferred();   // computed in the background after the start: wait for it
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
        // gc:Denial ⊑ gc:Rejection ⊑ gc:Response ⊑ gc:CommunicativeAct ⊑ gc:Event ⊑ gc:Statement ⊑ prov:Entity
        onlyWithInference("gcr:denial-pakistani-troops-reports-2020 a gc:Statement");
        onlyWithInference("gcr:denial-pakistani-troops-reports-2020 a prov:Entity");
    }

    @Test
    void aSubProperty() {
        // gc:hasEvidence ⊑ prov:wasDerivedFrom
        onlyWithInference("gcr:recognition-pakistan-azerbaijan prov:wasDerivedFrom ?quote");
    }

    @Test
    void anInverse() {
        // gc:hasResponse owl:inverseOf gc:respondsTo
        onlyWithInference("gcr:claim-indian-media-pakistani-army-fighting gc:hasResponse gcr:denial-pakistani-troops-reports-2020");
    }

    @Test
    void aPropertyChain() {
        // inverse(gc:recognizer) o gc:recognized ⊑ gc:recognizes, from the recognition statement
        onlyWithInference("gcr:pakistan gc:recognizes gcr:azerbaijan");
    }

    @Test
    void aChainThenSymmetry() {
        // the relations statement names azerbaijan as party and pakistan as counterparty: the chain gives
        // azerbaijan → pakistan, symmetry pakistan → azerbaijan
        onlyWithInference("gcr:azerbaijan gc:hasDiplomaticRelationsWith gcr:pakistan");
        onlyWithInference("gcr:pakistan gc:hasDiplomaticRelationsWith gcr:azerbaijan");
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
        // The non-recognition of Armenia stays a non-recognition: no rule turns it into a recognition,
        // and claimed propositions stay unasserted.
        assertEquals(false, ask("/kg-inf", "gcr:pakistan gc:recognizes gcr:armenia"));
        assertEquals(false, ask("/kg-inf", "gcr:pakistan gc:hasDiplomaticRelationsWith gcr:armenia"));
        assertEquals(false, ask("/kg-inf", "gcr:pakistan-army gc:hasMilitaryPresenceIn gcr:azerbaijan"));
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
