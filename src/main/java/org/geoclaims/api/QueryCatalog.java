package org.geoclaims.api;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/** The canned queries of a project: every {@code queries/*.rq}, read once at start. */
public final class QueryCatalog {
    private final Map<String, QueryTemplate> byName;

    private QueryCatalog(Map<String, QueryTemplate> byName) {
        this.byName = byName;
    }

    /** Reads every {@code .rq} file of a folder; an absent folder gives an empty catalog. */
    public static QueryCatalog load(Path dir) {
        Map<String, QueryTemplate> m = new TreeMap<>();
        if (Files.isDirectory(dir)) {
            try (Stream<Path> files = Files.list(dir)) {
                for (Path f : (Iterable<Path>) files.filter(p -> p.toString().endsWith(".rq")).sorted()::iterator) {
                    QueryTemplate t = QueryTemplate.read(f);
                    m.put(t.name(), t);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return new QueryCatalog(m);
    }

    public Collection<QueryTemplate> all() { return byName.values(); }

    public QueryTemplate get(String name) { return byName.get(name); }

    public boolean isEmpty() { return byName.isEmpty(); }
}
