package org.geoclaims.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.geoclaims.testing.Http;
import org.geoclaims.testing.TestProjects;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** /kg-inf is computed after the start: 503 until it is ready, absent for stores over the cap. */
class InferenceServiceTest {

    @TempDir Path tmp;

    @Test
    void answers503WithRetryAfterUntilTheInferencesAreReady() {
        InferenceService notYet = new InferenceService();   // never started: stays "computing"
        FusekiServer server = GeoclaimsServer.build(DatasetGraphFactory.createTxnMem(), notYet,
                ServerSettings.defaults().withPort(0).withStateDir(tmp), List.of());
        server.start();
        try {
            HttpResponse<String> r = Http.sparql("http://localhost:" + server.getHttpPort() + "/kg-inf/sparql", "ASK {}");
            assertEquals(503, r.statusCode());
            assertEquals("1", r.headers().firstValue("Retry-After").orElse(null));
            assertTrue(r.body().contains("being computed"), r.body());
            assertEquals(200, Http.sparql("http://localhost:" + server.getHttpPort() + "/kg/sparql", "ASK {}").statusCode(),
                    "/kg answers meanwhile");
        } finally {
            server.stop();
        }
    }

    @Test
    void storesOverTheCapGetNoInferenceDataset() {
        try (RunningServer s = RunningServer.start(TestProjects.copy("minimal", tmp.resolve("p")),
                ServerSettings.defaults().withPort(0).withInferenceMaxTriples(5), null)) {
            assertFalse(s.offersInference());
            assertTrue(s.startupLine().contains("no /kg-inf (over 5 triples)"), s.startupLine());
            assertEquals(404, Http.sparql(s.baseUrl() + "/kg-inf/sparql", "ASK {}").statusCode());
        }
    }

    @Test
    void closingWhileTheInferencesAreComputedReleasesTheStoreOnDisk() {
        // The background copy of the store holds a TDB2 read transaction; closing right after the
        // start must wait for it, or TDB2 refuses to release the folder ("Can't expel: Active
        // transactions") and the store cannot be opened again in this JVM.
        Path tdb = tmp.resolve("tdb");
        ServerSettings settings = ServerSettings.defaults().withPort(0);
        for (int i = 0; i < 5; i++) {
            RunningServer s = RunningServer.start(TestProjects.bundled(), settings, tdb);
            assertTrue(s.offersInference());
            assertEquals(i > 0, s.summary().reused(), "start " + (i + 1));
            s.close();
        }
        try (RunningServer s = RunningServer.start(TestProjects.bundled(), settings, tdb)) {
            assertTrue(s.inferred().inferredTriples() > 0, "the inferences are computed after the earlier early closes");
            assertEquals(200, Http.sparql(s.baseUrl() + "/kg-inf/sparql", "ASK { ?s ?p ?o }").statusCode());
        }
    }
}
