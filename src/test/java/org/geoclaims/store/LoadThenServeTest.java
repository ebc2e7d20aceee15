package org.geoclaims.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.geoclaims.api.CannedQueryRunner;
import org.geoclaims.api.QueryCatalog;
import org.geoclaims.api.QueryTemplate;
import org.geoclaims.api.ResultFormat;
import org.geoclaims.cli.GeoclaimsCli;
import org.geoclaims.testing.TestProjects;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code geoclaims load} into TDB2, then {@code serve --tdb} on the store it built. */
class LoadThenServeTest {
    private static final Node FILE_GRAPH = NodeFactory.createURI("urn:loaded");

    @TempDir Path tmp;

    private static final String BLANK_NODES = """
            PREFIX owl: <http://www.w3.org/2002/07/owl#>
            PREFIX gc: <https://w3id.org/geoclaims/ontology/>
            PREFIX gcr: <https://w3id.org/geoclaims/id/>
            <https://w3id.org/geoclaims/graph/negative> {
              [] a owl:NegativePropertyAssertion ; owl:assertionProperty gc:recognizes ;
                 owl:sourceIndividual gcr:pakistan ; owl:targetIndividual gcr:armenia .
            }
            """;

    private ProjectLayout project() throws Exception {
        ProjectLayout p = TestProjects.copy("linked", tmp.resolve("p"));
        Files.writeString(p.dataDir().resolve("negative.trig"), BLANK_NODES);
        return p;
    }

    private static long parsedQuads(ProjectLayout p) {
        DatasetGraph d = RdfLoader.parseAll(p, RdfFiles.projectFiles(p));
        return d.calculateRead(() -> d.stream().count());
    }

    @Test
    void everyLoaderKeepsTheGraphsOfTrigFilesAndSendsTriplesToTheGraph() throws Exception {
        ProjectLayout p = project();
        List<Path> files = RdfFiles.projectFiles(p);
        long expected = parsedQuads(p);
        for (BulkLoad.Loader kind : BulkLoad.Loader.values()) {
            Path tdb = tmp.resolve("tdb-" + kind);
            BulkLoad.Result r = BulkLoad.load(tdb, files, FILE_GRAPH, kind, true, new PrintStream(new ByteArrayOutputStream()));
            assertEquals(expected, r.triples(), kind + ": every triple and quad is counted");
            DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(tdb.toString());
            try {
                dsg.executeRead(() -> {
                    assertEquals(expected, dsg.stream().count(), kind + ": every triple and quad is stored");
                    assertTrue(dsg.containsGraph(NodeFactory.createURI("https://w3id.org/geoclaims/graph/mini-article")), kind + ": TriG graph kept");
                    assertFalse(dsg.getGraph(FILE_GRAPH).isEmpty(), kind + ": Turtle triples in --graph");
                    assertTrue(dsg.getDefaultGraph().isEmpty(), kind + ": nothing in the default graph");
                });
            } finally {
                TDBInternal.expel(dsg);
            }
        }
    }

    @Test
    void theLoadCommandReportsProgressThenTheRateAndBytesPerTriple() throws Exception {
        ProjectLayout p = project();
        Path tdb = tmp.resolve("tdb");
        Path file = p.dataDir().resolve("recognition.trig");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream stdout = System.out;
        PrintStream stderr = System.err;
        int code;
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            code = GeoclaimsCli.run("load", "--tdb", tdb.toString(), file.toString());
        } finally {
            System.setOut(stdout);
            System.setErr(stderr);
        }
        assertEquals(0, code, err.toString(StandardCharsets.UTF_8));
        String progress = err.toString(StandardCharsets.UTF_8);
        assertTrue(progress.matches("(?s).*geoclaims: [\\d,]+ triples read; building the indexes: [\\d,]+ triples/s, [\\d.]+ s elapsed.*"),
                "progress of the data phase on stderr:\n" + progress);
        assertTrue(progress.contains("indexing"), "and Jena's progress of the index phase:\n" + progress);
        java.util.regex.Matcher m = java.util.regex.Pattern.compile(
                "geoclaims: loaded ([\\d,]+) triples in [\\d.]+ s: [\\d,]+ triples/s; store ([\\d,]+) bytes on disk, ([\\d.]+) bytes per triple")
                .matcher(out.toString(StandardCharsets.UTF_8));
        assertTrue(m.find(), out.toString(StandardCharsets.UTF_8));
        long triples = Long.parseLong(m.group(1).replace(",", ""));
        long bytes = Long.parseLong(m.group(2).replace(",", ""));
        org.apache.jena.riot.lang.StreamRDFCounting counter = org.apache.jena.riot.system.StreamRDFLib.count();
        RdfLoader.parseInto(file, FILE_GRAPH, counter);
        long parsed = counter.count();
        assertEquals(parsed, triples, "every quad of the file is counted");
        assertEquals(BulkLoad.allocatedBytes(tdb), bytes, "the store's size on disk");
        assertEquals(bytes / (double) triples, Double.parseDouble(m.group(3)), 0.05);
    }

    @Test
    void loaderNamesAreCaseInsensitiveOnTheCommandLine() throws Exception {
        ProjectLayout p = project();
        Path tdb = tmp.resolve("tdb");
        assertEquals(0, GeoclaimsCli.run("load", "--tdb", tdb.toString(), "--loader", "sequential",
                p.dataDir().resolve("recognition.trig").toString()));
        assertTrue(Files.isDirectory(tdb));
    }

    @Test
    void serveOnALoadedStoreReplacesTheProjectGraphsInsteadOfDoublingBlankNodes() throws Exception {
        ProjectLayout p = project();
        Path tdb = tmp.resolve("tdb");
        List<Path> files = RdfFiles.projectFiles(p);
        for (Path f : files)
            BulkLoad.load(tdb, List.of(f), RdfLoader.graphFor(p, f), BulkLoad.Loader.SEQUENTIAL, false, new PrintStream(new ByteArrayOutputStream()));
        long expected = parsedQuads(p);
        try (KnowledgeGraphStore.Opened first = KnowledgeGraphStore.onDisk(tdb, p, files)) {
            assertFalse(first.summary().reused());
            assertEquals(expected, first.summary().quads(), "the files' graphs once, not twice");
        }
        try (KnowledgeGraphStore.Opened again = KnowledgeGraphStore.onDisk(tdb, p, files)) {
            assertTrue(again.summary().reused());
            assertEquals(expected, again.summary().quads());
            assertEquals(3, again.summary().graphs());
        }
    }

    @Test
    void cannedQueryAnswersOnAReopenedStoreCarryTheirValues() throws Exception {
        ProjectLayout p = project();
        Path tdb = tmp.resolve("tdb");
        KnowledgeGraphStore.onDisk(tdb, p, RdfFiles.projectFiles(p)).close();
        QueryTemplate recognitions = QueryCatalog.load(p.queriesDir()).get("recognitions-of");
        assertNotNull(recognitions);
        // Reopened: the node table's cache is cold, so terms are read from disk.
        try (KnowledgeGraphStore.Opened store = KnowledgeGraphStore.onDisk(tdb, p, RdfFiles.projectFiles(p))) {
            CannedQueryRunner.Answer answer = CannedQueryRunner.run(store.dataset(), recognitions.bind(Map.of("state", "azerbaijan")),
                    Duration.ofSeconds(10), 100);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ResultFormat.JSON.write(out, answer.rows());   // outside the read transaction, as the servlet does
            ResultSet rs = ResultSetMgr.read(new ByteArrayInputStream(out.toByteArray()), ResultSetLang.RS_JSON);
            List<String> recognizers = new ArrayList<>();
            rs.forEachRemaining((QuerySolution s) -> recognizers.add(String.valueOf(s.get("recognizer"))));
            assertEquals(List.of("https://w3id.org/geoclaims/id/pakistan"), recognizers, new String(out.toByteArray(), StandardCharsets.UTF_8));
        }
    }

    @Test
    void summaryCountsQuadsAndGraphs() {
        Path tdb = tmp.resolve("tdb");
        DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(tdb.toString());
        try {
            Node s = NodeFactory.createURI("urn:s"), pr = NodeFactory.createURI("urn:p");
            dsg.executeWrite(() -> {
                for (int g = 0; g < 5; g++)
                    for (int i = 0; i < 7; i++)
                        dsg.add(NodeFactory.createURI("urn:g" + g), s, pr, NodeFactory.createLiteralString("v" + i));
            });
            KnowledgeGraphStore.Summary summary = KnowledgeGraphStore.summarize(dsg, false);
            assertEquals(35, summary.quads());
            assertEquals(5, summary.graphs());
        } finally {
            TDBInternal.expel(dsg);
        }
    }
}
