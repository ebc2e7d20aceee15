package org.geoclaims.convert;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.geoclaims.cli.GeoclaimsCli;
import org.geoclaims.store.ProjectLayout;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConvertCommandTest {

    @TempDir
    Path tmp;

    @Test
    void help() {
        ConvertFixtures.Run run = ConvertFixtures.cli("convert", "--help");
        assertEquals(0, run.exit());
        assertTrue(run.out().contains("Usage: geoclaims convert"), run.out());
        for (String option : new String[] {"--dir=DIR", "--out=DIR", "--ontology=FILE"})
            assertTrue(run.out().contains(option), option + " in:\n" + run.out());
        assertTrue(ConvertFixtures.cli("help").out().contains("convert"), "listed by geoclaims help");
    }

    @Test
    void convertsIntoDataAndReportsEachDocument() {
        ProjectLayout project = ConvertFixtures.project(tmp);
        ConvertFixtures.Run run = ConvertFixtures.cli("convert", "--dir", tmp.toString());
        assertEquals(0, run.exit(), run.err());
        Path trig = project.dataDir().resolve("norway-sweden-1905.trig");
        assertTrue(Files.isRegularFile(trig));
        assertTrue(run.out().contains("norway-sweden-1905: 30 sentences, 4 entities, 5 statements, 9 evidence, 501 triples -> "
                + trig + " (written)"), run.out());
        ConvertFixtures.Run again = ConvertFixtures.cli("convert", "--dir", tmp.toString());
        assertTrue(again.out().contains(trig + " (unchanged)"), again.out());
    }

    @Test
    void outAndOntologyOptions() throws IOException {
        ProjectLayout project = ConvertFixtures.project(tmp.resolve("project"));
        Path ontology = tmp.resolve("elsewhere.ttl");
        Files.move(project.ontologyFile(), ontology);
        Path out = tmp.resolve("out");
        ConvertFixtures.Run run = ConvertFixtures.cli("convert", "--dir", project.root().toString(),
                "--out", out.toString(), "--ontology", ontology.toString());
        assertEquals(0, run.exit(), run.err());
        assertTrue(Files.isRegularFile(out.resolve("norway-sweden-1905.trig")));
        assertTrue(Files.notExists(project.dataDir().resolve("norway-sweden-1905.trig")));
    }

    @Test
    void folderWithoutSources() {
        ConvertFixtures.Run run = ConvertFixtures.cli("convert", "--dir", tmp.toString());
        assertEquals(GeoclaimsCli.EXIT_BAD_INPUT, run.exit());
        assertTrue(run.err().contains("no data/sources folder"), run.err());
    }

    @Test
    void noExtractionFiles() throws IOException {
        ProjectLayout project = ConvertFixtures.project(tmp);
        Files.delete(project.sourcesDir().resolve("norway-sweden-1905.yaml"));
        ConvertFixtures.Run run = ConvertFixtures.cli("convert", "--dir", tmp.toString());
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().contains("no extraction files"), run.out());
    }
}
