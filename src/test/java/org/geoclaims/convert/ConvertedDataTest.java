package org.geoclaims.convert;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.geoclaims.convert.Converter.Written;
import org.geoclaims.store.ProjectLayout;
import org.geoclaims.testing.TestProjects;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The committed {@code data/<doc>.trig} files are exactly what {@code geoclaims convert} generates
 * from {@code data/sources/} and the ontology. {@link #differences} is the reusable check: point it
 * at any project.
 */
class ConvertedDataTest {

    @TempDir
    Path tmp;

    /**
     * Regenerates a project's documents into {@code scratch} and compares them byte for byte with
     * the files in its {@code data/}; returns one message per difference (empty when identical).
     */
    static List<String> differences(ProjectLayout project, Path scratch) {
        List<String> problems = new ArrayList<>();
        for (Written w : Converter.convert(project, project.ontologyFile(), scratch)) {
            Path committed = project.dataDir().resolve(w.document().fileName());
            try {
                if (!Files.isRegularFile(committed)) {
                    problems.add(committed + " is missing: run geoclaims convert and commit it");
                    continue;
                }
                List<String> want = Files.readAllLines(w.file());
                List<String> have = Files.readAllLines(committed);
                if (!java.util.Arrays.equals(Files.readAllBytes(w.file()), Files.readAllBytes(committed))) {
                    int line = 0;
                    while (line < Math.min(want.size(), have.size()) && want.get(line).equals(have.get(line))) line++;
                    problems.add(committed + " differs from what convert generates, first at line " + (line + 1)
                            + ":\n  committed: " + (line < have.size() ? have.get(line) : "<end of file>")
                            + "\n  generated: " + (line < want.size() ? want.get(line) : "<end of file>")
                            + "\n  run geoclaims convert and commit the result");
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return problems;
    }

    @Test
    void committedDataIsWhatConvertGenerates() {
        ProjectLayout repo = TestProjects.bundled();
        Assumptions.assumeTrue(Files.isDirectory(repo.sourcesDir()) && !Converter.extractionFiles(repo).isEmpty(),
                "no data/sources/*.yaml in the repository yet");
        List<String> problems = differences(repo, tmp);
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @Test
    void theCheckFindsAStaleOrMissingFile() throws IOException {
        ProjectLayout project = ConvertFixtures.project(tmp.resolve("project"));
        assertEquals(List.of(project.dataDir().resolve("norway-sweden-1905.trig") + " is missing: run geoclaims convert and commit it"),
                differences(project, tmp.resolve("scratch1")));
        Converter.convert(project, project.ontologyFile(), project.dataDir());
        assertEquals(List.of(), differences(project, tmp.resolve("scratch2")));

        Path committed = project.dataDir().resolve("norway-sweden-1905.trig");
        Files.writeString(committed, Files.readString(committed).replace("\"Storting\"@en", "\"Stortinget\"@en"));
        List<String> problems = differences(project, tmp.resolve("scratch3"));
        assertEquals(1, problems.size());
        assertTrue(problems.get(0).contains("Stortinget"), problems.get(0));
    }
}
