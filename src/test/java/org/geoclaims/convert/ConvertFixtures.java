package org.geoclaims.convert;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.geoclaims.cli.GeoclaimsCli;
import org.geoclaims.store.ProjectLayout;
import org.geoclaims.testing.TestProjects;

import picocli.CommandLine;

/** Fixtures shared by the convert tests. */
final class ConvertFixtures {
    private ConvertFixtures() {}

    static final String DOC = "norway-sweden-1905";

    /** The repository's real article (structure tests only; its extraction is written elsewhere). */
    static Path realArticle() {
        return TestProjects.bundled().sourcesDir().resolve("pakistan-army-in-azerbaijan.txt");
    }

    /** src/test/resources/convert/project copied into {@code dir}. */
    static ProjectLayout project(Path dir) {
        TestProjects.copyTree(TestProjects.resource("convert/project"), dir);
        return ProjectLayout.at(dir);
    }

    static Path resource(String path) {
        return TestProjects.resource("convert/" + path);
    }

    static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void write(Path file, String content) {
        try {
            Files.writeString(file, content, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** 1-based number of the first line of {@code text} containing {@code needle}. */
    static int lineOf(String text, String needle) {
        int at = text.indexOf(needle);
        if (at < 0) throw new IllegalArgumentException("not in the text: " + needle);
        return (int) text.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
    }

    /** Result of running the command line. */
    record Run(int exit, String out, String err) {}

    static Run cli(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cmd = GeoclaimsCli.commandLine();
        cmd.setOut(new PrintWriter(out, true));
        cmd.setErr(new PrintWriter(err, true));
        int exit = cmd.execute(args);
        return new Run(exit, out.toString(), err.toString());
    }
}
