package org.geoclaims.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

import org.apache.jena.riot.Lang;
import org.geoclaims.InputException;

/** Finds the RDF files a project serves: Turtle, TriG, N-Triples and N-Quads, chosen by extension. */
public final class RdfFiles {
    private RdfFiles() {}

    /** The language for a file name, by extension; empty for files that are not served RDF. */
    public static Optional<Lang> langOf(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".ttl")) return Optional.of(Lang.TURTLE);
        if (name.endsWith(".trig")) return Optional.of(Lang.TRIG);
        if (name.endsWith(".nt")) return Optional.of(Lang.NTRIPLES);
        if (name.endsWith(".nq")) return Optional.of(Lang.NQUADS);
        return Optional.empty();
    }

    /**
     * Every RDF file under {@code ontology/} and {@code data/} of a project, in a stable order,
     * leaving out the inputs of {@code convert} under {@code data/sources/}.
     */
    public static List<Path> projectFiles(ProjectLayout layout) {
        List<Path> files = new ArrayList<>();
        for (Path dir : List.of(layout.ontologyDir(), layout.dataDir())) {
            if (!Files.isDirectory(dir)) continue;
            files.addAll(rdfFilesUnder(dir, p -> !layout.isConvertInput(p)));
        }
        return files;
    }

    /** RDF files under a folder, or the file itself; sorted by path. */
    public static List<Path> rdfFilesUnder(Path fileOrDir, java.util.function.Predicate<Path> keep) {
        if (!Files.exists(fileOrDir))
            throw new InputException(fileOrDir, -1, -1, "no such file or folder", "Check the path.");
        if (Files.isRegularFile(fileOrDir)) {
            if (langOf(fileOrDir).isEmpty())
                throw new InputException(fileOrDir, -1, -1, "not an RDF file (expected .ttl, .trig, .nt or .nq)",
                        "Rename the file with the extension of its syntax.");
            return List.of(fileOrDir);
        }
        try (Stream<Path> walk = Files.walk(fileOrDir)) {
            return walk.filter(Files::isRegularFile)
                    .filter(p -> langOf(p).isPresent())
                    .filter(keep)
                    .sorted(Comparator.comparing(Path::toString))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
