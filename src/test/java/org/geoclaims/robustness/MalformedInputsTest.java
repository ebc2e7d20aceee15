package org.geoclaims.robustness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Map;

import org.geoclaims.InputException;
import org.geoclaims.cli.GeoclaimsCli;
import org.geoclaims.server.RunningServer;
import org.geoclaims.server.ServerSettings;
import org.geoclaims.store.KnowledgeGraphStore;
import org.geoclaims.store.ProjectLayout;
import org.geoclaims.store.RdfFiles;
import org.geoclaims.testing.TestProjects;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import picocli.CommandLine;

/**
 * A corpus of malformed inputs for serve, load, convert and check: each gives an error with its location
 * and exit code 2, and leaves what was already there untouched. Inputs that are unusual but valid
 * (a byte-order mark, an empty file, a very long literal) load correctly.
 */
class MalformedInputsTest {

    @TempDir Path tmp;

    /** file, line of the error, words the message must contain */
    static final String CASES = """
            truncated.ttl, 4, broken
            bad-utf8.ttl, 2, not valid UTF-8
            unknown-prefix.ttl, 3, unknown
            """;

    private static int cli(String... args) {
        CommandLine cmd = GeoclaimsCli.commandLine();
        cmd.setErr(new java.io.PrintWriter(new java.io.StringWriter()));
        cmd.setOut(new java.io.PrintWriter(new java.io.StringWriter()));
        return cmd.execute(args);
    }

    @ParameterizedTest
    @CsvSource(textBlock = CASES)
    void serveRefusesToStartNamingFileAndLine(String name, int line, String words) {
        ProjectLayout project = TestProjects.copy("minimal", tmp.resolve("p"));
        Path bad = copyInto(name, project.dataDir());
        InputException e = assertThrows(InputException.class,
                () -> RunningServer.start(project, ServerSettings.defaults().withPort(0), null).close());
        assertEquals(bad, e.file());
        assertEquals(line, e.line(), e.describe());
        assertTrue(e.getMessage().toLowerCase().contains(words.toLowerCase()), e.describe());
    }

    @ParameterizedTest
    @CsvSource(textBlock = CASES)
    void loadExitsWith2AndLeavesTheStoreAsItWas(String name, int line, String words) throws IOException {
        Path tdb = tmp.resolve("tdb");
        Path good = TestProjects.resource("projects/minimal/data/states.trig");
        assertEquals(0, cli("load", "--tdb", tdb.toString(), good.toString()));
        Map<Path, FileTime> before = snapshot(tdb);
        Path bad = copyInto(name, tmp);
        assertEquals(2, cli("load", "--tdb", tdb.toString(), bad.toString()));
        assertEquals(before, snapshot(tdb), "no file of the store changed");
    }

    @ParameterizedTest
    @CsvSource(textBlock = CASES)
    void checkExitsWith2NamingFileAndLine(String name, int line, String words) {
        Path bad = copyInto(name, tmp);
        java.io.StringWriter err = new java.io.StringWriter();
        CommandLine cmd = GeoclaimsCli.commandLine();
        cmd.setErr(new java.io.PrintWriter(err, true));
        cmd.setOut(new java.io.PrintWriter(new java.io.StringWriter()));
        assertEquals(2, cmd.execute("check", "--dir", TestProjects.bundled().root().toString(), bad.toString()));
        assertTrue(err.toString().contains(bad + ":" + line + ":"), err.toString());
    }

    @Test
    void aFolderWhereAFileIsExpectedIsRefused() throws IOException {
        Path folder = Files.createDirectories(tmp.resolve("not-a-file.ttl"));
        assertEquals(2, cli("load", "--tdb", tmp.resolve("tdb").toString(), folder.toString()));
        assertEquals(2, cli("serve", "--port", "0", "--update", "--passwd", folder.toString(), "--dir", tmp.toString()));
        ProjectLayout project = TestProjects.copy("minimal", tmp.resolve("p"));
        assertEquals(2, cli("convert", "--dir", project.root().toString(), "--ontology", folder.toString()));
        assertEquals(2, cli("check", "--dir", project.root().toString(), tmp.resolve("no-such-file.ttl").toString()));
    }

    @Test
    void aHugeUnterminatedLiteralIsAnErrorNotAHang() throws IOException {
        ProjectLayout project = TestProjects.copy("minimal", tmp.resolve("p"));
        Path huge = project.dataDir().resolve("huge.ttl");
        Files.writeString(huge, "@prefix ex: <https://example.org/> .\nex:a ex:b \"\"\"" + "x".repeat(5_000_000) + "\n");
        InputException e = assertThrows(InputException.class,
                () -> KnowledgeGraphStore.inMemory(project, RdfFiles.projectFiles(project)));
        assertEquals(huge, e.file());
        assertTrue(e.line() >= 2, e.describe());
    }

    @Test
    void unusualButValidFilesLoadCorrectly() throws IOException {
        ProjectLayout project = TestProjects.copy("minimal", tmp.resolve("p"));
        copyInto("bom.ttl", project.dataDir());
        copyInto("empty.ttl", project.dataDir());
        Files.writeString(project.dataDir().resolve("long-literal.ttl"),
                "<https://example.org/long> <https://example.org/text> \"" + "y".repeat(2_000_000) + "\" .\n");
        try (KnowledgeGraphStore.Opened store = KnowledgeGraphStore.inMemory(project, RdfFiles.projectFiles(project))) {
            var dsg = store.dataset();
            dsg.executeRead(() -> {
                assertTrue(dsg.getUnionGraph().contains(org.apache.jena.graph.NodeFactory.createURI("https://example.org/bom"),
                        org.apache.jena.graph.NodeFactory.createURI("https://example.org/b"),
                        org.apache.jena.graph.NodeFactory.createLiteralString("after a byte-order mark")), "the BOM is not part of the data");
                var it = dsg.getUnionGraph().find(org.apache.jena.graph.NodeFactory.createURI("https://example.org/long"), null, null);
                assertEquals(2_000_000, it.next().getObject().getLiteralLexicalForm().length());
            });
            assertEquals(10 + 1 + 1, store.summary().quads(), "minimal's 10 triples, the BOM file's and the long literal");
        }
    }

    private static Path copyInto(String name, Path dir) {
        try {
            Files.createDirectories(dir);
            return Files.copy(TestProjects.resource("malformed/" + name), dir.resolve(name));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static Map<Path, FileTime> snapshot(Path dir) throws IOException {
        Map<Path, FileTime> m = new java.util.TreeMap<>();
        try (var walk = Files.walk(dir)) {
            for (Path p : (Iterable<Path>) walk.filter(Files::isRegularFile)::iterator)
                m.put(dir.relativize(p), Files.getLastModifiedTime(p));
        }
        return m;
    }
}
