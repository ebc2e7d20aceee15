package org.geoclaims.store;

import java.nio.file.Path;

/**
 * Where things live in a geoclaims project folder. Data enters under {@code data/sources/}
 * (source documents and their curated extraction files), becomes triples in {@code data/}
 * (written by {@code convert}), is described by {@code ontology/}, and is served together with
 * the canned queries in {@code queries/}.
 */
public record ProjectLayout(Path root) {

    public ProjectLayout {
        root = root.toAbsolutePath().normalize();
    }

    public static ProjectLayout at(Path root) {
        return new ProjectLayout(root);
    }

    /** The working directory, where a user runs the jar from a clone. */
    public static ProjectLayout current() {
        return new ProjectLayout(Path.of(""));
    }

    public Path ontologyDir() { return root.resolve("ontology"); }
    public Path ontologyFile() { return ontologyDir().resolve("geoclaims.ttl"); }
    public Path shapesFile() { return ontologyDir().resolve("shapes.ttl"); }
    public Path checksDir() { return ontologyDir().resolve("checks"); }
    public Path dataDir() { return root.resolve("data"); }
    public Path sourcesDir() { return dataDir().resolve("sources"); }
    public Path referenceDir() { return dataDir().resolve("reference"); }
    public Path queriesDir() { return root.resolve("queries"); }
    public Path docsDir() { return root.resolve("docs"); }

    /** True when {@code path} is an input of {@code convert}, never served as it is. */
    public boolean isConvertInput(Path path) {
        Path abs = path.toAbsolutePath().normalize();
        return abs.startsWith(sourcesDir()) || abs.startsWith(referenceDir());
    }
}
