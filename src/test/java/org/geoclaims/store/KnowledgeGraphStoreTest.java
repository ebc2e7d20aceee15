package org.geoclaims.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.geoclaims.InputException;
import org.geoclaims.testing.TestProjects;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The TDB2 store: built once, reused while files are unchanged, reloaded when they change; text search. */
class KnowledgeGraphStoreTest {

    @TempDir Path tmp;

    private static long count(DatasetGraph dsg, String where) {
        return dsg.calculateRead(() -> {
            try (QueryExec qe = QueryExec.dataset(dsg).query("SELECT (COUNT(*) AS ?n) { " + where + " }").build()) {
                return ((Number) qe.select().next().get("n").getLiteralValue()).longValue();
            }
        });
    }

    @Test
    void buildsOnFirstStartReusesThenReloadsWhenAFileChanges() throws Exception {
        ProjectLayout project = TestProjects.copy("minimal", tmp.resolve("p"));
        Path tdb = tmp.resolve("tdb");

        KnowledgeGraphStore.Opened first = KnowledgeGraphStore.onDisk(tdb, project, RdfFiles.projectFiles(project));
        assertFalse(first.summary().reused());
        assertEquals(10, first.summary().quads());
        assertTrue(Files.isRegularFile(tdb.resolve(KnowledgeGraphStore.MANIFEST)));
        // A write into a graph of its own, as SPARQL Update would do.
        DatasetGraph dsg = first.dataset();
        dsg.executeWrite(() -> dsg.add(NodeFactory.createURI("urn:notes"), NodeFactory.createURI("urn:a"),
                NodeFactory.createURI("urn:b"), NodeFactory.createLiteralString("kept")));
        first.close();

        KnowledgeGraphStore.Opened second = KnowledgeGraphStore.onDisk(tdb, project, RdfFiles.projectFiles(project));
        assertTrue(second.summary().reused(), "same files: the store is reused");
        assertEquals(11, second.summary().quads());
        second.close();

        Files.writeString(project.dataDir().resolve("extra.nt"),
                "<https://example.org/mini/armenia> <http://www.w3.org/2000/01/rdf-schema#label> \"Armenia\"@en .\n"
                + "<https://example.org/mini/turkey> <http://www.w3.org/2000/01/rdf-schema#label> \"Turkey\"@en .\n");
        KnowledgeGraphStore.Opened third = KnowledgeGraphStore.onDisk(tdb, project, RdfFiles.projectFiles(project));
        assertFalse(third.summary().reused(), "a changed file reloads the store");
        assertEquals(1, count(third.dataset(), "?s ?p \"Turkey\"@en"));
        assertEquals(1, count(third.dataset(), "?s ?p \"kept\""), "graphs not from files are kept");
        assertEquals(12, third.summary().quads());
        third.close();
    }

    @Test
    void aBadFileLeavesTheStoreAsItWas() throws Exception {
        ProjectLayout project = TestProjects.copy("minimal", tmp.resolve("p"));
        Path tdb = tmp.resolve("tdb");
        KnowledgeGraphStore.onDisk(tdb, project, RdfFiles.projectFiles(project)).close();
        String manifest = Files.readString(tdb.resolve(KnowledgeGraphStore.MANIFEST));
        Files.writeString(project.dataDir().resolve("extra.nt"), "<urn:a> <urn:b> .\n");
        assertThrows(InputException.class, () -> KnowledgeGraphStore.onDisk(tdb, project, RdfFiles.projectFiles(project)));
        assertEquals(manifest, Files.readString(tdb.resolve(KnowledgeGraphStore.MANIFEST)));
    }

    @Test
    void findsResourcesByTheWordsOfTheirLabels() {
        ProjectLayout project = TestProjects.copy("minimal", tmp.resolve("p"));
        DatasetGraph dsg = KnowledgeGraphStore.inMemory(project, RdfFiles.projectFiles(project)).dataset();
        List<String> found = new ArrayList<>();
        dsg.executeRead(() -> {
            try (QueryExec qe = QueryExec.dataset(dsg).query("""
                    PREFIX text: <http://jena.apache.org/text#>
                    SELECT ?s ?lit { (?s ?score ?lit) text:query "azerbaijan" } ORDER BY ?s""").build()) {
                RowSet rs = qe.select();
                rs.forEachRemaining(b -> found.add(b.get("s").getURI() + " " + b.get("lit")));
            }
        });
        assertEquals(List.of("https://example.org/mini/azerbaijan \"Azerbaijan\"@en"), found);
    }
}
