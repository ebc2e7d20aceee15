package org.geoclaims.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.geoclaims.InputException;
import org.geoclaims.store.ProjectLayout;
import org.geoclaims.testing.Http;
import org.geoclaims.testing.SparqlJson;
import org.geoclaims.testing.TestProjects;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The served knowledge graph over HTTP: a real server on port 0 on loopback. */
class ServeTest {

    @TempDir Path tmp;
    private RunningServer server;

    private RunningServer start(ServerSettings settings) {
        ProjectLayout project = TestProjects.copy("minimal", tmp.resolve("project"));
        server = RunningServer.start(project, settings, null);
        return server;
    }

    private static ServerSettings onPortZero() {
        return ServerSettings.defaults().withPort(0);
    }

    @AfterEach
    void stop() {
        if (server != null) server.close();
    }

    @Test
    void servesEveryFileInItsOwnGraphWithTheUnionAsDefaultGraph() {
        RunningServer s = start(onPortZero());
        // 4 ontology triples + 3 + 2 in the TriG graphs + 1 N-Triples; data/sources/ is not loaded.
        HttpResponse<String> count = Http.sparql(s.datasetUrl() + "/sparql", "SELECT (COUNT(*) AS ?n) { ?s ?p ?o }");
        assertEquals(200, count.statusCode());
        assertEquals(10, SparqlJson.count(count.body(), "n"));

        HttpResponse<String> graphs = Http.sparql(s.datasetUrl() + "/query",
                "SELECT ?g (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g ORDER BY ?g");
        assertEquals(List.of(
                "https://example.org/graph/a",
                "https://example.org/graph/b",
                "https://w3id.org/geoclaims/graph/data/extra",
                "https://w3id.org/geoclaims/graph/ontology/mini"), SparqlJson.column(graphs.body(), "g"));
        assertEquals(List.of("3", "2", "1", "4"), SparqlJson.column(graphs.body(), "n"));
        assertEquals(10, s.summary().quads());
        assertEquals(4, s.summary().graphs());
    }

    @Test
    void graphStoreReadReturnsANamedGraph() {
        RunningServer s = start(onPortZero());
        HttpResponse<String> r = Http.get(s.datasetUrl() + "/get?graph=" + Http.encode("https://example.org/graph/b"), "application/n-triples");
        assertEquals(200, r.statusCode());
        assertEquals(2, r.body().lines().filter(l -> !l.isBlank()).count(), r.body());
        assertTrue(r.body().contains("\"Azerbaijan\"@en"));
    }

    @Test
    void servesFusekiUiAndPing() {
        RunningServer s = start(onPortZero());
        HttpResponse<String> ui = Http.get(s.baseUrl() + "/");
        assertEquals(200, ui.statusCode());
        assertTrue(ui.body().contains("Apache Jena Fuseki"), "Fuseki UI page expected, got: " + ui.body());
        assertEquals(200, Http.get(s.baseUrl() + "/$/ping").statusCode());
    }

    @Test
    void refusesUpdatesWhenReadOnly() {
        RunningServer s = start(onPortZero());
        String insert = "INSERT DATA { GRAPH <urn:g> { <urn:s> <urn:p> <urn:o> } }";
        HttpResponse<String> toUpdate = Http.postForm(s.datasetUrl() + "/update", "update", insert, null);
        HttpResponse<String> toDataset = Http.postForm(s.datasetUrl(), "update", insert, null);
        HttpResponse<String> gspWrite = Http.post(s.datasetUrl() + "/data?graph=urn:g", "text/turtle", "<urn:s> <urn:p> <urn:o> .", null);
        // No update or Graph Store write endpoint exists: nothing accepts a POST there.
        assertEquals(405, toUpdate.statusCode(), toUpdate.body());
        assertEquals(405, gspWrite.statusCode(), gspWrite.body());
        // The dataset URL only answers queries.
        assertEquals(400, toDataset.statusCode(), toDataset.body());
        assertEquals(10, SparqlJson.count(Http.sparql(s.datasetUrl() + "/sparql", "SELECT (COUNT(*) AS ?n) { ?s ?p ?o }").body(), "n"));
    }

    @Test
    void acceptsUpdatesWithThePasswordAndRefusesOthers() throws Exception {
        Path passwd = tmp.resolve("passwd");
        Files.writeString(passwd, "# writers\nalice: s3cret\n");
        RunningServer s = start(onPortZero().withUpdate(passwd));
        String url = s.datasetUrl() + "/update";
        String insert = "INSERT DATA { GRAPH <urn:g> { <urn:s> <urn:p> \"added\" } }";

        assertEquals(401, Http.postForm(url, "update", insert, null).statusCode(), "no credentials");
        assertEquals(401, Http.postForm(url, "update", insert, "alice:wrong").statusCode(), "wrong password");
        assertEquals(401, Http.postForm(url, "update", insert, "mallory:s3cret").statusCode(), "unknown user");
        assertEquals(0, SparqlJson.count(Http.sparql(s.datasetUrl() + "/sparql",
                "SELECT (COUNT(*) AS ?n) { ?s ?p \"added\" }").body(), "n"));

        HttpResponse<String> ok = Http.postForm(url, "update", insert, "alice:s3cret");
        assertEquals(200, ok.statusCode(), ok.body());
        assertEquals(1, SparqlJson.count(Http.sparql(s.datasetUrl() + "/sparql",
                "SELECT (COUNT(*) AS ?n) { ?s ?p \"added\" }").body(), "n"));
        // Reading stays open to everyone.
        assertEquals(200, Http.sparql(s.datasetUrl() + "/sparql", "ASK {}").statusCode());
    }

    @Test
    void updateWithoutPasswordFileRefusesToStart() {
        ServerSettings settings = ServerSettings.defaults().withPort(0).withUpdate(null);
        InputException e = assertThrows(InputException.class, () -> start(settings));
        assertTrue(e.getMessage().contains("--passwd"), e.getMessage());
    }

    @Test
    void malformedQueryGives400WithTheParserMessage() {
        RunningServer s = start(onPortZero());
        HttpResponse<String> r = Http.sparql(s.datasetUrl() + "/sparql", "SELECT ?x WHERE { ?x ?y }");
        assertEquals(400, r.statusCode());
        assertTrue(r.body().contains("Encountered") && r.body().contains("line 1"), r.body());
    }

    @Test
    void cutsARunawayQueryAtTheTimeoutAndAnswersTheNextOne() {
        RunningServer s = start(onPortZero().withQueryTimeout(Duration.ofMillis(1000)));
        // 10^7 rows from a six-way cross product of the 10 triples: far longer than a second.
        String explosive = "SELECT (COUNT(*) AS ?n) { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l . ?m ?n2 ?o . ?p ?q ?r . ?s ?t ?u }";
        long t0 = System.nanoTime();
        HttpResponse<String> cut = Http.sparql(s.datasetUrl() + "/sparql", explosive);
        long millis = (System.nanoTime() - t0) / 1_000_000;
        assertEquals(503, cut.statusCode(), cut.body());
        assertTrue(millis < 10_000, "cut after " + millis + " ms; timeout was 1000 ms");
        HttpResponse<String> next = Http.sparql(s.datasetUrl() + "/sparql", "SELECT (COUNT(*) AS ?n) { ?s ?p ?o }");
        assertEquals(200, next.statusCode());
        assertEquals(10, SparqlJson.count(next.body(), "n"));
    }

    @Test
    void malformedDataFileStopsServeWithFileAndLine() throws Exception {
        ProjectLayout project = TestProjects.copy("minimal", tmp.resolve("project"));
        Path bad = project.dataDir().resolve("broken.ttl");
        Files.writeString(bad, "@prefix ex: <https://example.org/> .\n\nex:a ex:b ex:c .\nex:d ex:e ex:f ex:g .\n");
        InputException e = assertThrows(InputException.class,
                () -> server = RunningServer.start(project, onPortZero(), null));
        assertEquals(bad, e.file());
        assertEquals(4, e.line());
        assertTrue(e.describe().startsWith(bad + ":4:"), e.describe());
        assertFalse(e.getMessage().isBlank());
    }
}
