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
}
