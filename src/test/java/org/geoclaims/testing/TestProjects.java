package org.geoclaims.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.geoclaims.store.ProjectLayout;

/** Project folders for tests: fixtures copied into a temporary folder, or the repository itself. */
public final class TestProjects {
    private TestProjects() {}

    /** The repository's own project (ontology/, data/, queries/), as a user's clone has it. */
    public static ProjectLayout bundled() {
        Path root = Path.of("").toAbsolutePath();
        if (!Files.isRegularFile(root.resolve("pom.xml")))
            throw new IllegalStateException("tests must run from the repository root, not " + root);
        return ProjectLayout.at(root);
    }

    /** Copies {@code src/test/resources/projects/<name>} into {@code into} and returns it as a project. */
    public static ProjectLayout copy(String name, Path into) {
        Path from = resource("projects/" + name);
        copyTree(from, into);
        return ProjectLayout.at(into);
    }

    public static Path resource(String path) {
        try {
            var url = TestProjects.class.getClassLoader().getResource(path);
            if (url == null) throw new IllegalArgumentException("no test resource " + path);
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    public static void copyTree(Path from, Path to) {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : (Iterable<Path>) walk::iterator) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) Files.createDirectories(target);
                else Files.copy(p, target);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
