package org.geoclaims.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.geoclaims.store.ProjectLayout;
import org.geoclaims.testing.TestProjects;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code serve} refuses to start on bad input, with exit code 2 and a message saying where and why. */
class ServeCommandTest {

    @TempDir Path tmp;

    @Test
    void malformedDataFileStopsServeWithFileLineAndExit2() throws Exception {
        ProjectLayout project = TestProjects.copy("minimal", tmp.resolve("p"));
        Path bad = project.ontologyDir().resolve("broken.ttl");
        Files.writeString(bad, "@prefix ex: <https://example.org/> .\nex:a ex:b .\n");
        CliRun r = CliRun.of("serve", "--dir", project.root().toString(), "--port", "0");
        assertEquals(2, r.exitCode());
        assertTrue(r.err().startsWith("geoclaims: " + bad + ":2:"), r.err());
    }

    @Test
    void updateWithoutPasswordFileRefusesToStart() {
        ProjectLayout project = TestProjects.copy("minimal", tmp.resolve("p"));
        CliRun r = CliRun.of("serve", "--dir", project.root().toString(), "--port", "0", "--update");
        assertEquals(2, r.exitCode());
        assertTrue(r.err().contains("--update needs --passwd FILE"), r.err());
    }

    @Test
    void everySubcommandHasHelp() {
        CliRun top = CliRun.of("--help");
        assertEquals(0, top.exitCode());
        for (String sub : new String[] { "serve", "convert", "query", "export", "load", "generate", "check" }) {
            // listed with a one-line summary that is a whole sentence, not one cut by the wrapping
            java.util.regex.Matcher line = java.util.regex.Pattern.compile("(?m)^  " + sub + " +(.*)$").matcher(top.out());
            assertTrue(line.find(), top.out());
            assertTrue(line.group(1).endsWith("."), "summary of " + sub + ": " + line.group(1));
            CliRun help = CliRun.of(sub, "--help");
            assertEquals(0, help.exitCode());
            assertTrue(help.out().startsWith("Usage: geoclaims " + sub), help.out());
        }
    }
}
