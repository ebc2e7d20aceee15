package org.geoclaims.convert;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.geoclaims.convert.Extraction.Item;

/**
 * The ids of every entity and statement of the extraction files converted together. Ids are
 * unique across files and across the entities and statements sections.
 */
public final class IdRegistry {

    private record Definition(Path file, long line, Extraction.ItemKind kind) {}

    private final Map<String, Definition> ids = new LinkedHashMap<>();

    /** Collects the ids of all files; a second definition of an id is an error at its line. */
    public static IdRegistry of(List<Extraction> extractions) {
        IdRegistry registry = new IdRegistry();
        for (Extraction x : extractions) {
            for (Item item : x.items()) {
                long line = Yaml.line(item.key());
                Definition first = registry.ids.putIfAbsent(item.id(), new Definition(x.file(), line, item.kind()));
                if (first != null)
                    throw new Yaml(x.file()).error(item.key(),
                            "duplicate id '" + item.id() + "': already defined in " + section(first.kind()) + " at "
                                    + first.file().getFileName() + ":" + first.line(),
                            "Ids name one thing across all extraction files (entities and statements together); "
                                    + "rename one of them or refer to the existing entry.");
            }
        }
        return registry;
    }

    private static String section(Extraction.ItemKind kind) {
        return kind == Extraction.ItemKind.ENTITY ? "entities" : "statements";
    }

    public boolean contains(String id) { return ids.containsKey(id); }

    public Set<String> ids() { return ids.keySet(); }

    /** Throws when two extraction files describe the same document. */
    public static void checkDocuments(List<Extraction> extractions) {
        Map<String, Extraction> docs = new LinkedHashMap<>();
        for (Extraction x : extractions) {
            Extraction first = docs.putIfAbsent(x.document().id(), x);
            if (first != null)
                throw new Yaml(x.file()).error(x.document().idNode(),
                        "document id '" + x.document().id() + "' is also the id of " + first.file().getFileName(),
                        "Each article has one extraction file and its own document id.");
        }
    }
}
