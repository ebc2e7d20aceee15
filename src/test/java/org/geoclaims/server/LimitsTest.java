package org.geoclaims.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collections;
import java.util.Optional;

import org.geoclaims.testing.Http;
import org.geoclaims.testing.SparqlJson;
import org.geoclaims.testing.TestProjects;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Configurable limits: request body size, update timeout, and admin endpoints kept to loopback. */
class LimitsTest {

    @TempDir Path tmp;

    private RunningServer start(ServerSettings settings) throws Exception {
        Path passwd = tmp.resolve("passwd");
        Files.writeString(passwd, "alice: s3cret\n");
        return RunningServer.start(TestProjects.copy("minimal", tmp.resolve("p")), settings.withUpdate(passwd), null);
    }

    private static long count(RunningServer s) {
        return SparqlJson.count(Http.sparql(s.datasetUrl() + "/sparql", "SELECT (COUNT(*) AS ?n) { ?s ?p ?o }").body(), "n");
    }

    @Test
    void oversizedBodiesGet413AndChangeNothing() throws Exception {
        try (RunningServer s = start(ServerSettings.defaults().withPort(0).withMaxBodyBytes(2048))) {
            String big = "INSERT DATA { GRAPH <urn:g> { <urn:s> <urn:p> \"" + "x".repeat(4096) + "\" } }";
            HttpResponse<String> update = Http.post(s.datasetUrl() + "/update", "application/sparql-update", big, "alice:s3cret");
            assertEquals(413, update.statusCode());
            HttpResponse<String> form = Http.postForm(s.datasetUrl() + "/update", "update", big, "alice:s3cret");
            assertEquals(413, form.statusCode());
            HttpResponse<String> query = Http.post(s.datasetUrl() + "/sparql", "application/sparql-query",
                    "SELECT * { ?s ?p \"" + "y".repeat(4096) + "\" }", null);
            assertEquals(413, query.statusCode());
            assertEquals(10, count(s));
            // A small update still goes through.
            assertEquals(204, Http.post(s.datasetUrl() + "/update", "application/sparql-update",
                    "INSERT DATA { GRAPH <urn:g> { <urn:s> <urn:p> \"small\" } }", "alice:s3cret").statusCode());
            assertEquals(11, count(s));
        }
    }

    @Test
    void aRunawayUpdateIsAbortedAtTheUpdateTimeoutAndLeavesNoTrace() throws Exception {
        try (RunningServer s = start(ServerSettings.defaults().withPort(0).withUpdateTimeout(Duration.ofMillis(800)))) {
            String runaway = "INSERT { GRAPH <urn:g> { ?a <urn:p> ?u } } WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l . ?m ?n ?o . ?p ?q ?r . ?s ?t ?u }";
            long t0 = System.nanoTime();
            HttpResponse<String> r = Http.post(s.datasetUrl() + "/update", "application/sparql-update", runaway, "alice:s3cret");
            long ms = (System.nanoTime() - t0) / 1_000_000;
            assertEquals(503, r.statusCode(), r.body());
            assertTrue(r.body().contains("update timeout"), r.body());
            assertTrue(ms < 15_000, "aborted after " + ms + " ms");
            assertEquals(10, count(s), "an aborted update is rolled back");
        }
    }

    @Test
    void adminEndpointsAnswerOnlyOnLoopback() throws Exception {
        Optional<InetAddress> external = Collections.list(NetworkInterface.getNetworkInterfaces()).stream()
                .filter(i -> { try { return i.isUp() && !i.isLoopback(); } catch (Exception e) { return false; } })
                .flatMap(i -> Collections.list(i.getInetAddresses()).stream())
                .filter(a -> a instanceof Inet4Address && !a.isLoopbackAddress()).findFirst();
        Assumptions.assumeTrue(external.isPresent(), "this machine has no non-loopback address to test from");
        try (RunningServer s = start(ServerSettings.defaults().withPort(0).withHost("0.0.0.0"))) {
            String remote = "http://" + external.get().getHostAddress() + ":" + s.port();
            String local = "http://127.0.0.1:" + s.port();
            assertEquals(200, Http.get(remote + "/$/ping").statusCode());
            assertEquals(200, Http.get(remote + "/$/server").statusCode(), "the query UI reads the server status");
            assertEquals(200, Http.get(remote + "/kg/sparql?query=" + Http.encode("ASK {}")).statusCode());
            HttpResponse<String> create = Http.postForm(remote + "/$/datasets", "dbName", "evil", null);
            assertEquals(403, create.statusCode());
            assertEquals(403, Http.get(remote + "/$/backups-list").statusCode());
            assertEquals(403, Http.get(remote + "/$/tasks").statusCode());
            assertEquals(200, Http.get(local + "/$/backups-list").statusCode(), "loopback keeps the admin endpoints");
            assertFalse(Http.get(local + "/$/datasets").body().contains("evil"));
        }
    }
}
