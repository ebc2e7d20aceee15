package org.geoclaims.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.util.IsoMatcher;
import org.geoclaims.store.ProjectLayout;
import org.geoclaims.testing.TestProjects;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code geoclaims export}: every format holds the same graph after a round trip. */
class ExportCommandTest {

    @TempDir Path tmp;

    @Test
    void everyFormatHoldsTheSameKnowledgeGraph() {
        ProjectLayout project = TestProjects.copy("linked", tmp.resolve("p"));
        DatasetGraph reference = null;
        Graph union = null;
        for (String format : new String[] { "trig", "nq", "jsonld", "ttl", "rdfxml" }) {
            Path out = tmp.resolve("kg." + format);
            CliRun r = CliRun.of("export", "--format", format, "--out", out.toString(), "--dir", project.root().toString());
            assertEquals(0, r.exitCode(), r.err());
            if (format.equals("ttl") || format.equals("rdfxml")) {
                Graph g = GraphFactory.createDefaultGraph();
                RDFParser.source(out).lang(format.equals("ttl") ? org.apache.jena.riot.Lang.TURTLE : org.apache.jena.riot.Lang.RDFXML).parse(g);
                assertTrue(union.isIsomorphicWith(g), format + " holds the union of the graphs");
            } else {
                DatasetGraph d = DatasetGraphFactory.createTxnMem();
                RDFParser.source(out).lang(format.equals("nq") ? org.apache.jena.riot.Lang.NQUADS
                        : format.equals("trig") ? org.apache.jena.riot.Lang.TRIG : org.apache.jena.riot.Lang.JSONLD).parse(d);
                if (reference == null) {
                    reference = d;
                    union = GraphFactory.createDefaultGraph();
                    d.getUnionGraph().find().forEachRemaining(union::add);
                    assertEquals(2, d.size(), "the ontology graph and the document graph");
                } else {
                    assertTrue(IsoMatcher.isomorphic(reference, d), format + " holds the same named graphs as trig");
                }
            }
        }
    }

    @Test
    void unknownFormatExitsWith2AndWritesNothing() {
        ProjectLayout project = TestProjects.copy("linked", tmp.resolve("p"));
        Path out = tmp.resolve("kg.xyz");
        CliRun r = CliRun.of("export", "--format", "xyz", "--out", out.toString(), "--dir", project.root().toString());
        assertEquals(2, r.exitCode());
        assertTrue(r.err().contains("unknown format 'xyz'"), r.err());
        assertFalse(Files.exists(out));
    }
}
