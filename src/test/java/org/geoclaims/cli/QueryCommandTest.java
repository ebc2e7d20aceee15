package org.geoclaims.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.geoclaims.server.RunningServer;
import org.geoclaims.server.ServerSettings;
import org.geoclaims.store.ProjectLayout;
import org.geoclaims.testing.TestProjects;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class QueryCommandTest {

    @TempDir Path tmp;
    ProjectLayout project;

    @BeforeEach
    void copyProject() {
        project = TestProjects.copy("minimal", tmp.resolve("p"));
    }

    @Test
    void listsQueriesWithExampleParameters() {
        CliRun r = CliRun.of("query", "--list", "--dir", project.root().toString());
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().contains("label-of") && r.out().contains("--param thing=https://example.org/mini/pakistan   (iri)"), r.out());
    }

    @Test
    void runsOnTheLocalDataWithoutAServer() {
        CliRun r = CliRun.of("query", "labels-containing", "--param", "text=an", "--format", "csv", "--dir", project.root().toString());
        assertEquals(0, r.exitCode(), r.err());
        assertEquals("thing,label\r\nhttps://example.org/mini/azerbaijan,Azerbaijan\r\nhttps://example.org/mini/pakistan,Pakistan\r\n", r.out());
    }

    @Test
    void runsOnAnyEndpoint() {
        try (RunningServer server = RunningServer.start(project, ServerSettings.defaults().withPort(0), null)) {
            CliRun r = CliRun.of("query", "label-of", "-p", "thing=https://example.org/mini/azerbaijan", "--format", "tsv",
                    "--endpoint", server.datasetUrl() + "/sparql", "--dir", project.root().toString());
            assertEquals(0, r.exitCode(), r.err());
            assertEquals("?label\t?lang\n\"Azerbaijan\"@en\t\"en\"\n", r.out());
        }
    }

    @Test
    void badParameterExitsWith2AndSaysWhy() {
        CliRun r = CliRun.of("query", "recognised-since", "-p", "year=soon", "--dir", project.root().toString());
        assertEquals(2, r.exitCode());
        assertTrue(r.err().contains("parameter 'year' must be year"), r.err());
        CliRun unknown = CliRun.of("query", "nope", "--dir", project.root().toString());
        assertEquals(2, unknown.exitCode());
        assertTrue(unknown.err().contains("no canned query 'nope'"), unknown.err());
    }
}
